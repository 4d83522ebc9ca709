package classroom

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"faultline/internal/lecture"
)

// ResultAnswers is every answer given so far (Records) as the lecture's
// results keep it: with the question's prompt and the time in seconds.
func (h *Hub) ResultAnswers() []lecture.Answer {
	recs := h.Records()
	prompts := map[string]string{}
	out := make([]lecture.Answer, len(recs))
	for i, r := range recs {
		p, ok := prompts[r.Question]
		if !ok {
			if c, found := h.Card(r.Question); found {
				p = c.Question.Prompt
			}
			prompts[r.Question] = p
		}
		out[i] = lecture.Answer{
			Question: r.Question, Prompt: p, Student: r.Student, Answer: r.Answer,
			Correct: r.Correct, Seconds: lecture.SecondsOf(r.Elapsed), Changed: r.Changed,
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
// at most that little while of answers. Its methods are safe for
// concurrent use.
type ResultsKeeper struct {
	hub  *Hub
	file lecture.ResultsFile
	now  func() time.Time

	mu    sync.Mutex // serialises saves, so the last one asked for is the last written
	last  []lecture.Answer
	saved bool
}

// NewResultsKeeper keeps h's answers in file; now nil means time.Now.
func NewResultsKeeper(h *Hub, file lecture.ResultsFile, now func() time.Time) *ResultsKeeper {
	if now == nil {
		now = time.Now
	}
	return &ResultsKeeper{hub: h, file: file, now: now}
}

// File is where the results are kept.
func (k *ResultsKeeper) File() lecture.ResultsFile { return k.file }

// Save writes every answer so far to both files and says what it wrote:
// "5 answers in lecture-results-20260314T093000Z.json and .csv".
func (k *ResultsKeeper) Save() (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.saveLocked(k.hub.ResultAnswers())
}

// SaveIfChanged writes the files when the answers differ from those last
// written (the first time: when there are any; answers carried on from
// before a restart are in the files already). It reports what it wrote,
// "" for nothing.
func (k *ResultsKeeper) SaveIfChanged() (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	answers := k.hub.ResultAnswers()
	if k.saved && slices.Equal(answers, k.last) || !k.saved && len(answers) == 0 {
		return "", nil
	}
	return k.saveLocked(answers)
}

// Final writes the files at the end of the lecture if there is anything
// to keep (answers now, or files written before) and says what it wrote;
// "" when the lecture kept no answers at all.
func (k *ResultsKeeper) Final() (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	answers := k.hub.ResultAnswers()
	if len(answers) == 0 && !k.saved && len(k.file.Base.Answers) == 0 {
		return "", nil
	}
	return k.saveLocked(answers)
}

// saveLocked writes answers; the caller holds k.mu.
func (k *ResultsKeeper) saveLocked(answers []lecture.Answer) (string, error) {
	r, err := k.file.Save(answers, k.now())
	if err != nil {
		return "", err
	}
	k.last, k.saved = answers, true
	n := len(r.Answers)
	return fmt.Sprintf("%d %s in %s and .csv", n, pluralWord(n, "answer", "answers"), k.file.Stem+".json"), nil
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
