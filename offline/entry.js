// The offline edition's script, run by offline/setup.js once it is unpacked (the engine's
// bytes come from the page itself): the widget and the visitor stories.
import './huiqi-widget.js';
import { STORIES } from './presets.js';

const widget = document.querySelector('huiqi-widget');
widget.presets = STORIES;
