// What the story shows once its dataset is in. It loads after the entry chunk, so that the map
// can draw the basemap while the dataset, and these, are still on their way.
export { EmbedView } from '../embed/embed-view';
export { EventFilters } from '../events/event-filters';
export { EventList } from '../events/event-list';
export { Legend } from '../layers/legend';
export { ActiveStoryPanel, HeaderStories } from '../stories/story-navigation';
export { Timeline } from '../timeline/timeline';
export { LinkNotices } from '../url/link-notices';
export { UrlSync } from '../url/use-url-sync';
export { HeaderShare } from './header-share';
export { LiveRegion } from './live-region';
