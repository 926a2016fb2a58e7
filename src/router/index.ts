import { createRouter, createWebHashHistory } from 'vue-router'
import { installGuards } from './guards'
import { routes } from './routes'

// Hash history: the desktop app loads index.html from file://, where path URLs cannot be resolved.
export const router = createRouter({ history: createWebHashHistory(), routes })
installGuards(router)
