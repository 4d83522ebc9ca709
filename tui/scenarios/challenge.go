package scenarios

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/progress"
	"faultline/internal/scenario"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// Take makes c the player's challenge and restarts with values, which must
// hold c's fixed settings (as from [scenario.Challenge.Apply]).
func (p *Player) Take(c scenario.Challenge, values scenario.Values) {
	p.challenge = &c
	p.values = values
	p.reset()
}

// Challenge is the challenge being played, or nil.
func (p *Player) Challenge() *scenario.Challenge { return p.challenge }

// nextChallenge moves to the scenario's next challenge, from its start
// values, or back to free play after the last.
func (p *Player) nextChallenge() tea.Cmd {
	list := p.spec.Challenges()
	if len(list) == 0 {
		p.say("This scenario has no challenges.", false)
		return nil
	}
	i := 0
	if p.challenge != nil {
		for j, c := range list {
			if c.ID == p.challenge.ID {
				i = j + 1
			}
		}
	}
	p.pause()
	if i >= len(list) {
		p.challenge = nil
		p.values = p.spec.Defaults()
		p.reset()
		p.say("Free play: no challenge. g picks one.", true)
		return p.play()
	}
	p.Take(list[i], list[i].Start(p.spec))
	p.say(fmt.Sprintf("Challenge %d of %d. Change parameters with e; the goal is checked at the end of the run.", i+1, len(list)), true)
	return nil
}

// keepFixed puts back any fixed setting of the challenge the form changed,
// and says which.
func (p *Player) keepFixed(v scenario.Values) (scenario.Values, string) {
	if p.challenge == nil {
		return v, ""
	}
	start := p.challenge.Start(p.spec)
	var kept []string
	for _, prm := range p.spec.Params {
		if _, fixed := p.challenge.Fixed[prm.Key]; fixed && v[prm.Key] != start[prm.Key] {
			v[prm.Key] = start[prm.Key]
			kept = append(kept, prm.Key+" "+prm.Format(start[prm.Key]))
		}
	}
	if len(kept) == 0 {
		return v, ""
	}
	return v, "The challenge fixes " + strings.Join(kept, ", ") + "; kept."
}

// checkChallenge judges the finished run against the challenge.
func (p *Player) checkChallenge() {
	if p.challenge == nil || p.verdict != nil {
		return
	}
	r := p.challenge.Check(p.spec, p.values, p.snap.Metrics)
	p.verdict = &r
}

// record saves a met challenge in the student's progress, once per run.
func (p *Player) record() tea.Cmd {
	if p.verdict == nil || !p.verdict.Passed || p.recorded {
		return nil
	}
	p.recorded = true
	name, id := p.spec.Name, p.verdict.ID
	return p.ctx.SaveProgress(func(st *progress.State) { st.SolveChallenge(name, id, time.Now()) })
}

// goalLines state the challenge being played and how many parameters this
// run changed, on two lines at most.
func (p *Player) goalLines(w int) []string {
	c := p.challenge
	st := p.ctx.Styles
	solved := ""
	if p.ctx.Progress.Solved(p.spec.Name, c.ID) {
		solved = " ✓ met before"
	}
	text := fmt.Sprintf("◎ %s: %s (changed: %d)%s", c.ID, c.Goal, c.Changed(p.spec, p.values), solved)
	lines := strings.Split(textwrap.Wrap(text, w-2, ""), "\n")
	if len(lines) > 2 {
		lines = lines[:2]
		lines[1] = common.Cut(lines[1], w-3)
	}
	for i, l := range lines {
		if i > 0 {
			l = "  " + l
		}
		lines[i] = st.Diagram.Label.Bold(true).Render(l)
	}
	return lines
}

// verdictLines tell the verdict on the challenge at the end of a run: met,
// or each condition that failed, with the figure reached and why, and the
// challenge's hint.
func (p *Player) verdictLines(w int) []string {
	r := p.verdict
	if r == nil {
		return nil
	}
	st := p.ctx.Styles
	if r.Passed {
		return []string{st.Diagram.Good.Render(common.Cut("✓ Challenge "+r.ID+" met: recorded in your progress. g for the next one.", w))}
	}
	lines := []string{st.Diagram.Bad.Render(common.Cut("✗ Challenge "+r.ID+" not met yet", w))}
	for _, c := range r.Conditions {
		if c.Passed {
			continue
		}
		head := fmt.Sprintf("  ✗ %s %s %s, this run: %s. ", c.Metric, c.Op, trimNum(c.Value), trimNum(c.Actual))
		lines = append(lines, strings.Split(textwrap.Wrap(head+c.Why, w-4, ""), "\n")...)
	}
	lines = append(lines, strings.Split(textwrap.Wrap("  Hint: "+p.challenge.Hint, w-4, ""), "\n")...)
	return lines
}

func trimNum(x float64) string {
	if x == scenario.NotObserved {
		return "never"
	}
	return strings.TrimSuffix(fmt.Sprintf("%.4g", x), ".0")
}
