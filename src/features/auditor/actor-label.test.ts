import { actorLabel } from './actor-label'

it('names the viewer "you" and shortens other account ids', () => {
  expect(actorLabel('e1eec887-b3b5-486b-bfa6-ec4eda67e42e+f3052ab4-5653-4ad6-bc67-42b3b2464ad0', 'f3052ab4-5653-4ad6-bc67-42b3b2464ad0', '您'))
    .toBe('e1eec887… + 您')
  expect(actorLabel('preview', null, 'you')).toBe('preview')
  expect(actorLabel(null, null, 'you')).toBe('—')
})
