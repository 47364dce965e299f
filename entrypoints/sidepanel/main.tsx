import { mountPage } from '../../components/mount';
import { SidePanel } from '../../components/SidePanel';
import { targetTabId } from '../../utils/panels/page-view';

const pinned = new URLSearchParams(location.search).has('tabId');
void targetTabId(location.search).then((tabId) =>
  mountPage(document.getElementById('app')!, 'panel_title', (settings) => (
    <SidePanel tabId={tabId} pinned={pinned} settings={settings} />
  )),
);
