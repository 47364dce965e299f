import { Popup } from '../../components/Popup';
import { mountPage } from '../../components/mount';
import { targetTabId } from '../../utils/panels/page-view';

void targetTabId(location.search).then((tabId) =>
  mountPage(document.getElementById('app')!, 'extName', (settings) => <Popup tabId={tabId} settings={settings} />),
);
