import '@/components/vettok.css';
import './sidepanel.css';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from './sidepanel-app';

createRoot(document.getElementById('root')!).render(<SidePanelApp />);
