import { startSmokeServers } from './servers'

export default async function globalSetup() {
  return startSmokeServers()
}
