package scenarios

import (
	"sort"
	"strings"

	"faultline/internal/scenario"
)

// entry is one run as the summary shows it.
type entry struct {
	sim     *scenario.Sim // the run, while it may still change
	label   string        // scenario name and the parameters changed from defaults
	metrics scenario.Metrics
	done    bool
}

// comparison is the run marked for comparison and the next run to finish
// after it. The scenario list shares one with every player it opens, so a
// cold-standby run can be compared with a hot-standby one.
type comparison struct {
	marked, other *entry
}

// runLabel names a run: its scenario and the parameters set away from
// their defaults, such as "hot-standby replication=async".
func runLabel(spec scenario.Spec, values scenario.Values) string {
	var changed []string
	for _, p := range spec.Params {
		if v, ok := values[p.Key]; ok && v != p.Default {
			changed = append(changed, p.Key+"="+p.Format(v))
		}
	}
	sort.Strings(changed)
	return strings.TrimSpace(spec.Name + " " + strings.Join(changed, " "))
}

// mark marks a run; its figures follow the run until it ends.
func (c *comparison) mark(sim *scenario.Sim, label string, m scenario.Metrics) {
	c.marked = &entry{sim: sim, label: label, metrics: m, done: sim.Done()}
	c.other = nil
}

// update records the latest figures of sim; when sim is another run than
// the marked one and has just ended, it becomes the run compared.
func (c *comparison) update(sim *scenario.Sim, label string, m scenario.Metrics) (compared bool) {
	if c.marked == nil {
		return false
	}
	if c.marked.sim == sim {
		c.marked.metrics, c.marked.done = m, sim.Done()
		return false
	}
	if sim.Done() {
		c.other = &entry{sim: sim, label: label, metrics: m, done: true}
		return true
	}
	return false
}
