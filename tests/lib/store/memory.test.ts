import { MemoryStore } from '@/lib/store/memory';
import { describeStoreBehaviour } from './behaviour';
import { describeOverlayBehaviour } from './overlay-behaviour';
import { describeResolutionBehaviour } from './resolution-behaviour';
import { describeUpdateBehaviour } from './update-behaviour';

describeStoreBehaviour('memory', { open: async () => new MemoryStore() });
describeOverlayBehaviour('memory', { open: async () => new MemoryStore() });
describeUpdateBehaviour('memory', { open: async () => new MemoryStore() });
describeResolutionBehaviour('memory', { open: async () => new MemoryStore() });
