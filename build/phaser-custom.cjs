/**
 * A trimmed Phaser 4 for Shutdown, after Phaser's own core entry (src/phaser-core.js): only the
 * game objects, plugins and helpers the scenes use. build/phaserBuilds.ts bundles it twice
 * (Canvas-only and with WebGL); types still come from the phaser package. If a scene starts
 * using another Phaser feature, add it here: a missing one fails at run time (the end-to-end
 * tests catch it), not at type check.
 */
/**
 * @author       Richard Davey <rich@phaser.io>
 * @copyright    2013-2026 Phaser Studio Inc.
 * @license      {@link https://opensource.org/licenses/MIT|MIT License}
 */

require('../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../node_modules/phaser/src/const');
var Extend = require('../node_modules/phaser/src/utils/object/Extend');

/**
 * Alternative Phaser entry-point for a Core build only.
 * See phaser.js for the JSDocs entry point.
 */

var Phaser = {
  BlendModes: require('../node_modules/phaser/src/renderer/BlendModes'),
  Cameras: { Scene2D: require('../node_modules/phaser/src/cameras/2d') },
  Core: require('../node_modules/phaser/src/core'),
  Class: require('../node_modules/phaser/src/utils/Class'),
  Events: require('../node_modules/phaser/src/events'),
  Game: require('../node_modules/phaser/src/core/Game'),
  GameObjects: {
    DisplayList: require('../node_modules/phaser/src/gameobjects/DisplayList'),
    GameObjectCreator: require('../node_modules/phaser/src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('../node_modules/phaser/src/gameobjects/GameObjectFactory'),
    UpdateList: require('../node_modules/phaser/src/gameobjects/UpdateList'),
    Components: require('../node_modules/phaser/src/gameobjects/components'),
    BuildGameObject: require('../node_modules/phaser/src/gameobjects/BuildGameObject'),
    GameObject: require('../node_modules/phaser/src/gameobjects/GameObject'),
    Graphics: require('../node_modules/phaser/src/gameobjects/graphics/Graphics'),
    Image: require('../node_modules/phaser/src/gameobjects/image/Image'),
    Layer: require('../node_modules/phaser/src/gameobjects/layer/Layer'),
    Text: require('../node_modules/phaser/src/gameobjects/text/Text'),
    TileSprite: require('../node_modules/phaser/src/gameobjects/tilesprite/TileSprite'),
    Rectangle: require('../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle'),
    Factories: {
      Graphics: require('../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
      Image: require('../node_modules/phaser/src/gameobjects/image/ImageFactory'),
      Layer: require('../node_modules/phaser/src/gameobjects/layer/LayerFactory'),
      Text: require('../node_modules/phaser/src/gameobjects/text/TextFactory'),
      TileSprite: require('../node_modules/phaser/src/gameobjects/tilesprite/TileSpriteFactory'),
      Rectangle: require('../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory'),
    },
    Creators: {
      Graphics: require('../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
    },
  },
  // The input plugin and its gamepads; the keyboard is read by the game itself (src/render/input.ts).
  Input: {
    Events: require('../node_modules/phaser/src/input/events'),
    InputPlugin: require('../node_modules/phaser/src/input/InputPlugin'),
    Gamepad: require('../node_modules/phaser/src/input/gamepad'),
  },
  // Only what the game uses of Phaser.Math (Phaser's own modules require theirs directly).
  Math: {
    Clamp: require('../node_modules/phaser/src/math/Clamp'),
    Easing: require('../node_modules/phaser/src/math/easing'),
    Vector2: require('../node_modules/phaser/src/math/Vector2'),
  },
  Scale: require('../node_modules/phaser/src/scale'),
  ScaleModes: require('../node_modules/phaser/src/renderer/ScaleModes'),
  Scene: require('../node_modules/phaser/src/scene/Scene'),
  Scenes: require('../node_modules/phaser/src/scene'),
  Textures: require('../node_modules/phaser/src/textures'),
  TintModes: require('../node_modules/phaser/src/renderer/TintModes'),
};

// Left out, as the game does not use them: Phaser.Renderer (its WebGL part lists every shader
// and render node; Phaser's core requires the renderers it runs directly), the loader (every
// texture is generated), tweens, sprites and their animations (Phaser's animation manager
// itself is part of the game core), the clock and data scene plugins, masks, the DOM element
// and the rest of Phaser.Math.
// Phaser's sound system is left out: the game synthesizes its own (src/render/audio.ts).

//   Merge in the consts

Phaser = Extend(false, Phaser, CONST);

//  Export it

module.exports = Phaser;

global.Phaser = Phaser;
