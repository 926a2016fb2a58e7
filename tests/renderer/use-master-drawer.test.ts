import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { mount } from '@vue/test-utils'
import type { DialogOptions } from 'naive-ui'
import { i18n } from '@/i18n'
import { useMasterDrawer, type MasterDrawer } from '@/composables/use-master-drawer'

// The dialog and message APIs need their providers above them; spies stand in (the dialog always says yes).
const dialog = {
  warning: vi.fn((options: DialogOptions) => void options.onPositiveClick?.(new MouseEvent('click'))),
}
const message = { success: vi.fn(), error: vi.fn() }
vi.mock('naive-ui', async (original) => ({
  ...(await original<object>()),
  useDialog: () => dialog,
  useMessage: () => message,
}))

interface Thing {
  id: number
  name: string
  active: boolean
}
type Model = { name: string; active: boolean }

function setup(record: Thing | null) {
  const show = ref(true)
  const create = vi.fn(async (model: Model) => ({ id: 9, name: model.name.trim(), active: true }))
  const update = vi.fn(async (thing: Thing, model: Model) => ({ ...thing, name: model.name, active: model.active }))
  const done = vi.fn()
  let drawer: MasterDrawer<Model> | undefined
  mount(
    defineComponent({
      setup() {
        drawer = useMasterDrawer<Thing, Model>({
          scope: 'departments',
          record: () => record,
          show,
          values: (thing) => (thing ? { name: thing.name, active: thing.active } : { name: '', active: true }),
          create,
          update,
          done,
        })
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  if (!drawer) throw new Error('not set up')
  drawer.formRef.value = { validate: () => Promise.resolve() }
  return { drawer, show, create, update, done }
}

beforeEach(() => {
  dialog.warning.mockClear()
  message.success.mockClear()
})

describe('useMasterDrawer', () => {
  it('opens empty for a new record and creates it', async () => {
    const { drawer, show, create, update, done } = setup(null)
    drawer.reset()
    expect(drawer.editing.value).toBe(false)
    drawer.model.name = ' 后勤 '
    await drawer.save()
    expect(create).toHaveBeenCalledOnce()
    expect(update).not.toHaveBeenCalled()
    expect(done).toHaveBeenCalledWith({ id: 9, name: '后勤', active: true })
    expect(String(message.success.mock.calls[0][0])).toContain('后勤')
    expect(show.value).toBe(false)
    expect(dialog.warning).not.toHaveBeenCalled()
  })

  it('opens on the record, and asks before switching it off', async () => {
    const { drawer, update } = setup({ id: 3, name: '后勤管理处', active: true })
    drawer.reset()
    expect(drawer.editing.value).toBe(true)
    expect(drawer.model).toEqual({ name: '后勤管理处', active: true })
    drawer.model.active = false
    await drawer.save()
    expect(String(dialog.warning.mock.calls[0][0].content)).toContain('后勤管理处')
    expect(update).toHaveBeenCalledWith({ id: 3, name: '后勤管理处', active: true }, drawer.model)
  })
})
