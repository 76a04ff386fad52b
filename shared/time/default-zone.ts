/**
 * The center's time zone when none is set up yet, and the zone a new center gets unless its
 * manager names another. The one place this default is written.
 */
export const DEFAULT_CENTER_ZONE = 'Asia/Shanghai';
