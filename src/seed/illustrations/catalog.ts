/** Each diagram with the words that go with it, and its PNG. */
import sharp from 'sharp'

import type { IllustrationKey } from '../factories'

import { loginForgotPasswordSvg } from './loginForgotPassword'
import { resetButtonBoardSvg } from './resetButtonBoard'

type Illustration = {
  svg: () => string
  /** What a reader who cannot see the picture needs from it (the media's required alt). */
  alt: string
  /** A line to show under the picture, for readers who can see it. */
  caption: string
}

export const ILLUSTRATIONS: Record<IllustrationKey, Illustration> = {
  'login-forgot-password': {
    svg: loginForgotPasswordSvg,
    alt: "A recorder's login screen: user name and password fields, a Login button, and under it the Forgot password link, circled and marked with an arrow.",
    caption:
      'The Forgot password link is on the login screen itself, usually under the Login button; its name and place vary by brand and firmware.',
  },
  'reset-button-board': {
    svg: resetButtonBoardSvg,
    alt: 'An opened recorder seen from above: mainboard, power supply and hard-drive bay, with a small reset button circled beside the coin-cell battery. Position varies by model.',
    caption:
      'Where a recorder has a reset button, it is on the mainboard, often near the coin-cell battery; its position, and whether there is one at all, varies by model.',
  },
}

export const ILLUSTRATION_KEYS = Object.keys(ILLUSTRATIONS) as IllustrationKey[]

export const illustrationAlt = (key: IllustrationKey) => ILLUSTRATIONS[key].alt
export const illustrationCaption = (key: IllustrationKey) => ILLUSTRATIONS[key].caption
export const illustrationSvg = (key: IllustrationKey) => ILLUSTRATIONS[key].svg()

/** The diagram as a PNG, ready to upload through the media collection. */
export const illustrationPng = (key: IllustrationKey): Promise<Buffer> =>
  sharp(Buffer.from(illustrationSvg(key)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer()
