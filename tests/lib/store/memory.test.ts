import { MemoryStore } from '@/lib/store/memory';
import { describeStoreBehaviour } from './behaviour';
import { describeOverlayBehaviour } from './overlay-behaviour';

describeStoreBehaviour('memory', { open: async () => new MemoryStore() });
describeOverlayBehaviour('memory', { open: async () => new MemoryStore() });
