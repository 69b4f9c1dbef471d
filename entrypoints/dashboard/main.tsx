import { render } from 'preact';
import { DashboardApp } from '../../src/ui/dashboard/DashboardApp';
import '../../src/ui/dashboard/dashboard.css';

render(<DashboardApp />, document.getElementById('app')!);
