import { render } from 'preact';
import '@/components/extension-page.css';
import { Options } from '@/components/Options';
import { openClaimStore } from '@/lib/store/db';

render(<Options db={openClaimStore()} />, document.getElementById('app')!);
