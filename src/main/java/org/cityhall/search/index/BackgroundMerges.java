package org.cityhall.search.index;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.cityhall.shared.LowPriorityThreads;

/**
 * Lucene's merges of the index's segments, on threads of the background's lower priority: while a burst
 * of submissions is filed and indexed, merging the small segments it makes took a sixth of the
 * application's processor time. The merges catch up once the burst has passed; searching meanwhile
 * reads a few more segments.
 */
final class BackgroundMerges extends ConcurrentMergeScheduler {

	@Override
	protected synchronized MergeThread getMergeThread(MergeSource mergeSource, MergePolicy.OneMerge merge) {
		MergeThread thread = new MergeThread(mergeSource, merge) {

			@Override
			public void run() {
				LowPriorityThreads.lowerCurrentThread(LowPriorityThreads.BACKGROUND);
				super.run();
			}
		};
		thread.setDaemon(true);
		thread.setName("Lucene Merge Thread #" + mergeThreadCount++);
		return thread;
	}
}
