import { MemoryStore } from '@/lib/store/memory';
import { describeStoreBehaviour } from './behaviour';

describeStoreBehaviour('memory', { open: async () => new MemoryStore() });
