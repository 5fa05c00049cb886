/**
 * Pages with unsaved work (forms) hold the page when the session expires: the user signs in again in a
 * dialog instead of being sent to the sign-in page, and can then resend what they typed.
 */
let holders = 0
export function holdPageOnExpiry(): () => void {
  holders++
  return () => {
    holders--
  }
}
export const isPageHeld = () => holders > 0
