/**
 * Tells the app's other tabs and windows on this device what changed in storage (BroadcastChannel), so that a tab
 * can take in another tab's answers, close a case that another tab deleted instead of writing it back, and lock when
 * the person locked another tab ("Lock now", the quick exit) or turned the passphrase lock on, off or changed it
 * there. Messages carry only ids, never case content or a passphrase. Browsers without BroadcastChannel still never write a deleted case back (the
 * repository refuses), they only learn of it at their next save.
 */
export type TabMessage =
  | { type: 'case_saved'; caseId: string; from: string }
  | { type: 'case_deleted'; caseId: string; from: string }
  | { type: 'all_deleted'; from: string }
  /** "Lock now" or the quick exit in another tab: every open page locks. */
  | { type: 'locked'; from: string }
  /** The lock was turned on or off, or its passphrase changed, in another tab: each page reads it again. */
  | { type: 'lock_changed'; from: string };

type Body = TabMessage extends infer M ? (M extends TabMessage ? Omit<M, 'from'> : never) : never;

const CHANNEL_NAME = 'app-tabs';

const MESSAGE_TYPES: ReadonlySet<string> = new Set<TabMessage['type']>([
  'case_saved',
  'case_deleted',
  'all_deleted',
  'locked',
  'lock_changed',
]);

export type TabChannel = {
  /** Tells the other tabs. */
  tell: (message: Body) => void;
  /** Listens to the other tabs; returns a function that stops listening. */
  listen: (onMessage: (message: TabMessage) => void) => () => void;
};

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, from } = data as { type?: unknown; from?: unknown };
  return typeof from === 'string' && typeof type === 'string' && MESSAGE_TYPES.has(type);
}

/** Opens a channel for one tab (the app uses one per page; tests make one per pretend tab). */
export function createTabChannel(): TabChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { tell: () => undefined, listen: () => () => undefined };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const tabId = crypto.randomUUID();
  return {
    tell: (message) => channel.postMessage({ ...message, from: tabId }),
    listen: (onMessage) => {
      const handler = (event: MessageEvent<unknown>) => {
        if (isTabMessage(event.data) && event.data.from !== tabId) onMessage(event.data);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}

let pageChannel: TabChannel | null = null;

/** This page's channel. */
export function getTabChannel(): TabChannel {
  pageChannel ??= createTabChannel();
  return pageChannel;
}

/** Tells the other tabs, on this page's channel. */
export function tellOtherTabs(message: Body): void {
  getTabChannel().tell(message);
}
