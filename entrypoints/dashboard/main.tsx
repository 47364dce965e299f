import { Dashboard } from '../../components/Dashboard';
import { s } from '../../components/dashboard-strings';
import { mountPage } from '../../components/mount';
import '../../components/dashboard.css';

void mountPage(document.getElementById('app')!, 'extName', () => {
  document.title = s('pageTitle');
  return <Dashboard />;
});
