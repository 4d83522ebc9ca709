package classroom

import (
	"context"
	"fmt"
	"sync"
	"time"

	"faultline/internal/lecture"
)

// ResultAnswers is every answer given so far (Records) as the lecture's
// results keep it: with the question's prompt and the time in seconds.
func (h *Hub) ResultAnswers() []lecture.Answer { return h.answersOf(h.Snapshot()) }

// answersOf is the answers of s as the lecture's results keep them: with
// the question's prompt and the time in seconds, in the order of Records.
func (h *Hub) answersOf(s Snapshot) []lecture.Answer {
	var out []lecture.Answer
	for _, q := range s.Questions {
		prompt := ""
		if c, found := h.Card(q.ID); found {
			prompt = c.Question.Prompt
		}
		for _, a := range q.Answers {
			out = append(out, lecture.Answer{
				Question: q.ID, Prompt: prompt, Student: a.Student, Answer: a.Answer,
				Correct: a.Correct, Seconds: lecture.SecondsOf(a.At.Sub(q.Opened)), Changed: a.Changed,
			})
		}
	}
	return out
}

// HighestAnonymous is the highest N of the students named "student-N" (who
// gave no name) among answers, 0 when there are none: what a hub of a
// resumed lecture takes as Config.NumberedBefore.
func HighestAnonymous(answers []lecture.Answer) uint64 {
	var highest uint64
	for _, a := range answers {
		if n, ok := AnonymousNumber(a.Student); ok {
			highest = max(highest, n)
		}
	}
	return highest
}

// ResultsKeeper writes a hub's answers to a lecture's results files: when
// asked (the presenter's e, the end of the lecture) and, with Run, every
// little while when they changed, so that a presenter that crashes loses
// at most that little while of answers. Beside them it keeps the hub's
// Snapshot (lecture.ResultsFile.AnswersPath), which a lecture resumed
// with --resume gives its new hub. Its methods are safe for concurrent
// use.
type ResultsKeeper struct {
	hub  *Hub
	file lecture.ResultsFile
	now  func() time.Time

	mu      sync.Mutex // serialises saves, so the last one asked for is the last written
	rev     uint64     // the hub's revision last written
	saved   bool
	noAside bool // the answers file is left as it is (LeaveAnswersFile)
}

// NewResultsKeeper keeps h's answers in file; now nil means time.Now.
// The answers h holds already (taken back after a restart) are the hub's
// from now on, no longer file's Base: so a question reset after the
// restart forgets them in the files too, as it would have without one.
func NewResultsKeeper(h *Hub, file lecture.ResultsFile, now func() time.Time) *ResultsKeeper {
	if now == nil {
		now = time.Now
	}
	type key struct{ q, s string }
	held := map[key]bool{}
	for _, r := range h.Records() {
		held[key{r.Question, r.Student}] = true
	}
	if len(held) > 0 {
		base := make([]lecture.Answer, 0, len(file.Base.Answers))
		for _, a := range file.Base.Answers {
			if !held[key{a.Question, a.Student}] {
				base = append(base, a)
			}
		}
		file.Base.Answers = base
	}
	// The hub's revision 0 is its answers as NewHub took them back.
	return &ResultsKeeper{hub: h, file: file, now: now}
}

// File is where the results are kept.
func (k *ResultsKeeper) File() lecture.ResultsFile { return k.file }

// LeaveAnswersFile stops k from writing the hub's Snapshot: for a file
// there that could not be read and could not be moved aside either.
func (k *ResultsKeeper) LeaveAnswersFile() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.noAside = true
}

// Save writes every answer so far to both files and says what it wrote:
// "5 answers in lecture-results-20260314T093000Z.json and .csv".
func (k *ResultsKeeper) Save() (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	snap, rev := k.hub.snapshot()
	return k.saveLocked(snap, rev)
}

// SaveIfChanged writes the files when the answers changed since they were
// last written (the first time: when there are any; answers carried on
// from before a restart are in the files already). It reports what it
// wrote, "" for nothing.
func (k *ResultsKeeper) SaveIfChanged() (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.hub.revision() == k.rev {
		return "", nil
	}
	snap, rev := k.hub.snapshot()
	if !k.saved && !snap.answered() {
		return "", nil
	}
	return k.saveLocked(snap, rev)
}

// Final writes the files at the end of the lecture if there is anything
// to keep (answers now, or files written before) and says what it wrote;
// "" when the lecture kept no answers at all.
func (k *ResultsKeeper) Final() (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	snap, rev := k.hub.snapshot()
	if !snap.answered() && !k.saved && len(k.file.Base.Answers) == 0 {
		return "", nil
	}
	return k.saveLocked(snap, rev)
}

// saveLocked writes the answers of snap, taken at the hub's revision rev:
// the Snapshot first, then the results. The caller holds k.mu.
func (k *ResultsKeeper) saveLocked(snap Snapshot, rev uint64) (string, error) {
	now := k.now()
	var kept error
	if !k.noAside {
		snap.Deck, snap.Results, snap.Saved = k.file.Base.Deck, k.file.Stem, now.UTC()
		kept = SaveAnswers(k.file.AnswersPath(), snap)
	}
	r, err := k.file.Save(k.hub.answersOf(snap), now)
	if err != nil {
		return "", err
	}
	k.rev, k.saved = rev, true
	n := len(r.Answers)
	said := fmt.Sprintf("%d %s in %s and .csv", n, pluralWord(n, "answer", "answers"), k.file.Stem+".json")
	if kept != nil {
		// The results are safe; only what --resume gives back is not.
		said += "; not kept for --resume: " + kept.Error()
	}
	return said, nil
}

// Run calls SaveIfChanged every interval until ctx ends; errors are
// passed to report (nil ignores them), and the next interval tries again.
func (k *ResultsKeeper) Run(ctx context.Context, interval time.Duration, report func(error)) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := k.SaveIfChanged(); err != nil && report != nil {
				report(err)
			}
		}
	}
}

// pluralWord picks the singular or plural word for n.
func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
