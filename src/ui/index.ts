/** The DOM interface layer: `mountUi(root, store)` draws the HUD, dialogs and menus. */
export { mountUi } from './mountUi';
