package accessible

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"faultline/internal/scenario"
	"faultline/internal/scenario/report"
)

// scenarioSeed is the seed of every run here: the same as `faultline
// scenario --headless` by default, so a run can be repeated there.
const scenarioSeed = 1

// scenarios lists the failover scenarios and runs the one picked, with
// settings the student may change first; it returns false when input
// ends.
func (r *session) scenarios() bool {
	specs := scenario.Scenarios()
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = fmt.Sprintf("%s (%s). %s", s.Title, s.Name, s.Summary)
	}
	for {
		n, ok := r.pick("Scenarios", "scenario", names)
		if n < 0 {
			return ok
		}
		if !r.scenario(specs[n]) {
			return false
		}
	}
}

// scenario shows spec's settings and runs it on r; key=value changes a
// setting. It returns false when input ends.
func (r *session) scenario(spec scenario.Spec) bool {
	set := map[string]string{} // the settings typed, as typed
	values := spec.Defaults()
	r.println("")
	r.println(fmt.Sprintf("%s: %s", spec.Title, spec.Summary))
	r.settings(spec, values)
	for {
		line, ok := r.line("Type r to run it, key=value to change a setting (several separated by spaces, such as " + example(spec) + "), or Enter or q to go back: ")
		switch {
		case !ok:
			return false
		case isBack(line):
			return true
		case strings.EqualFold(line, "r"):
			r.runScenario(spec, values, set)
			continue
		}
		typed, err := scenario.ParseSettings(spec.Name, strings.Fields(line))
		if err != nil {
			r.println(err.Error())
			continue
		}
		merged := maps.Clone(set)
		maps.Copy(merged, typed)
		changed, err := spec.Apply(merged)
		if err != nil {
			r.println(err.Error())
			continue
		}
		set, values = merged, changed
		for _, p := range spec.Params {
			if _, ok := typed[p.Key]; ok {
				r.println(fmt.Sprintf("Set %s = %s.", p.Key, p.Format(values[p.Key])))
			}
		}
	}
}

// settings says each of spec's settings: its value, what it does and what
// it accepts.
func (r *session) settings(spec scenario.Spec, values scenario.Values) {
	r.println("Settings:")
	for _, p := range spec.Params {
		r.println(fmt.Sprintf("%s = %s: %s (accepted: %s)", p.Key, p.Format(values[p.Key]), p.Help, p.Accepted()))
	}
}

// example is a setting to show in a prompt: the first of spec's whose
// value is one word, at its default.
func example(spec scenario.Spec) string {
	for _, p := range spec.Params {
		if v := p.Format(p.Default); !strings.Contains(v, " ") {
			return p.Key + "=" + v
		}
	}
	return "key=value"
}

// runScenario runs spec to its end and reads out its figures and event
// log, narrated as the player narrates it, then the command that repeats
// the run.
func (r *session) runScenario(spec scenario.Spec, values scenario.Values, set map[string]string) {
	res := scenario.New(spec, values, scenarioSeed).Run()
	r.println("")
	if err := report.Write(r.out, spec, values, res); err != nil {
		r.println("Could not write the run: " + err.Error())
		return
	}
	r.println("")
	r.println("The same run on the command line: " + command(spec, set))
}

// command is the `faultline scenario` line that repeats a run with the
// settings typed.
func command(spec scenario.Spec, set map[string]string) string {
	args := []string{"faultline scenario", spec.Name}
	for _, k := range slices.Sorted(maps.Keys(set)) {
		args = append(args, "--set "+k+"="+set[k])
	}
	return strings.Join(append(args, "--headless"), " ")
}
