import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import RowListEditor from '@/components/row-list-editor.vue'
import { i18n } from '@/i18n'

interface Contact {
  name: string
}

function editor(rows: Contact[], max = 2) {
  const wrapper = mount(RowListEditor<Contact>, {
    props: {
      rows,
      'onUpdate:rows': (value: Contact[]) => wrapper.setProps({ rows: value }),
      max,
      blank: () => ({ name: '' }),
      addLabel: '添加联系人',
      rowTestid: 'contact-row',
      removeTestid: 'contact-remove',
      addTestid: 'contact-add',
    },
    slots: { default: ({ row, index }: { row: Contact; index: number }) => h('span', `${index}:${row.name}`) },
    global: { plugins: [i18n] },
  })
  return wrapper
}

describe('row-list-editor', () => {
  it('draws each row through the slot, with the caller’s test ids', () => {
    const wrapper = editor([{ name: '张三' }, { name: '李四' }], 5)
    const rows = wrapper.findAll('[data-testid="contact-row"]')
    expect(rows.map((row) => row.find('span').text())).toEqual(['0:张三', '1:李四'])
    expect(wrapper.findAll('[data-testid="contact-remove"]')).toHaveLength(2)
    expect(wrapper.find('[data-testid="contact-add"]').text()).toBe('添加联系人')
  })

  it('adds a blank row and removes the chosen one, in the bound list itself', async () => {
    const rows = [{ name: '张三' }, { name: '李四' }]
    const wrapper = editor(rows, 5)
    await wrapper.find('[data-testid="contact-add"]').trigger('click')
    expect(rows).toEqual([{ name: '张三' }, { name: '李四' }, { name: '' }])
    await wrapper.find('[data-testid="contact-remove"]').trigger('click')
    expect(rows).toEqual([{ name: '李四' }, { name: '' }])
  })

  it('stops adding at the maximum', () => {
    const wrapper = editor([{ name: '张三' }, { name: '李四' }], 2)
    expect(wrapper.find('[data-testid="contact-add"]').attributes('disabled')).toBeDefined()
  })
})
