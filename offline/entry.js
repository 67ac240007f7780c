// The offline edition's script: the engine's bytes come from this page itself (no
// fetch, so it works from file:// with the network off), then the widget and the
// visitor stories.
import './setup.js';
import './huiqi-widget.js';
import { STORIES } from './presets.js';

const widget = document.querySelector('huiqi-widget');
widget.presets = STORIES;
