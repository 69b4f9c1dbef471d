import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Filled in by the messaging router (src/messaging) below.
});
