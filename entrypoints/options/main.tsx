import { mountPage } from '../../components/mount';
import { SettingsForm } from '../../components/SettingsForm';
import { t } from '../../utils/i18n';
import { saveSettings } from '../../utils/settings';

void mountPage(document.getElementById('app')!, 'options_title', (settings) => (
  <main class="options">
    <header class="bar">
      <img src="/icon/32.png" width="24" height="24" alt="" />
      <h1>{t('options_title')}</h1>
    </header>
    <SettingsForm
      settings={settings}
      onSave={async (next) => {
        await saveSettings(next);
        // The interface language is chosen before a page renders: reload to show the new one.
        if (next.language !== settings.language) location.reload();
      }}
    />
  </main>
));
