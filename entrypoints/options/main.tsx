import { render } from 'preact';
import { SettingsPage } from '../../src/ui/options/SettingsPage';
import '../../src/ui/options/options.css';

render(<SettingsPage />, document.getElementById('app')!);
