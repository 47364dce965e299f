// The browser tests serve their pages with the same server as `npm start`'s demo.
export * from '../../../cli/static-server';
