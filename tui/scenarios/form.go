package scenarios

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"

	"faultline/internal/scenario"
)

// form is the parameter editor: one row per parameter, changed with ←/→
// along a ladder of round values or by typing a value.
type form struct {
	spec   scenario.Spec
	values scenario.Values
	cursor int
	typed  string // what the student is typing for the selected parameter
	err    string // why the last value or set of values was refused
}

func newForm(spec scenario.Spec, values scenario.Values) *form {
	return &form{spec: spec, values: clone(values)}
}

func clone(v scenario.Values) scenario.Values {
	out := make(scenario.Values, len(v))
	for k, x := range v {
		out[k] = x
	}
	return out
}

func (f *form) param() (scenario.Param, bool) {
	if f.cursor < 0 || f.cursor >= len(f.spec.Params) {
		return scenario.Param{}, false
	}
	return f.spec.Params[f.cursor], true
}

// move selects another parameter, keeping a typed value first; a refused
// value keeps the cursor where it is.
func (f *form) move(delta int) {
	if !f.commit() || len(f.spec.Params) == 0 {
		return
	}
	n := len(f.spec.Params)
	f.cursor = ((f.cursor+delta)%n + n) % n
}

// adjust moves the selected value one step along its ladder.
func (f *form) adjust(dir int) {
	p, ok := f.param()
	if !ok {
		return
	}
	f.typed, f.err = "", ""
	f.values[p.Key] = nextValue(p, f.values[p.Key], dir)
}

// typeText adds to the typed value.
func (f *form) typeText(s string) {
	f.err = ""
	if len([]rune(f.typed)) < 16 {
		f.typed += s
	}
}

// backspace removes the last typed rune.
func (f *form) backspace() {
	if r := []rune(f.typed); len(r) > 0 {
		f.typed = string(r[:len(r)-1])
	}
}

// commit reads the typed value into the selected parameter; false, with
// f.err set, when it is refused.
func (f *form) commit() bool {
	p, ok := f.param()
	if !ok || f.typed == "" {
		return true
	}
	v, err := p.Parse(strings.TrimSpace(f.typed))
	if err != nil {
		// Parse does not know the scenario; name it, as Apply does, so the
		// message does not read "scenario : …".
		var se *scenario.SettingError
		if errors.As(err, &se) {
			named := *se
			named.Scenario = f.spec.Name
			f.err = named.Error()
		} else {
			f.err = p.Key + ": " + err.Error()
		}
		return false
	}
	f.values[p.Key], f.typed = v, ""
	return true
}

// result checks the whole set of values with the scenario's own rules and
// returns them, or false with f.err set.
func (f *form) result() (scenario.Values, bool) {
	if !f.commit() {
		return nil, false
	}
	settings := make(map[string]string, len(f.spec.Params))
	for _, p := range f.spec.Params {
		settings[p.Key] = setting(p, f.values[p.Key])
	}
	v, err := f.spec.Apply(settings)
	if err != nil {
		f.err = err.Error()
		return nil, false
	}
	return v, true
}

// ladder is the values ←/→ step through: 1, 2, 3 and 5 times each power
// of ten, the bounds, zero when allowed, and every whole number of a small
// integer range.
func ladder(p scenario.Param) []float64 {
	if len(p.Choices) > 0 {
		out := make([]float64, len(p.Choices))
		for i := range out {
			out[i] = float64(i)
		}
		return out
	}
	vals := []float64{p.Min, p.Max}
	if p.Min <= 0 && p.Max >= 0 {
		vals = append(vals, 0)
	}
	if p.Integer && p.Max-p.Min <= 20 {
		for v := math.Ceil(p.Min); v <= p.Max; v++ {
			vals = append(vals, v)
		}
	}
	for e := -2; e <= 4; e++ {
		for _, m := range []float64{1, 2, 3, 5} {
			v := m * math.Pow10(e)
			v = math.Round(v*100) / 100
			if v >= p.Min && v <= p.Max && (!p.Integer || v == math.Trunc(v)) {
				vals = append(vals, v)
			}
		}
	}
	slices.Sort(vals)
	return slices.Compact(vals)
}

// nextValue is the ladder value after (dir > 0) or before v; choices wrap.
func nextValue(p scenario.Param, v float64, dir int) float64 {
	l := ladder(p)
	if len(p.Choices) > 0 {
		n := len(p.Choices)
		return float64(((int(v)+dir)%n + n) % n)
	}
	const eps = 1e-9
	if dir > 0 {
		for _, x := range l {
			if x > v+eps {
				return x
			}
		}
		return p.Max
	}
	for i := len(l) - 1; i >= 0; i-- {
		if l[i] < v-eps {
			return l[i]
		}
	}
	return p.Min
}

// setting writes a value the way Spec.Apply reads it: the word of a choice,
// else a plain number (seconds for a duration).
func setting(p scenario.Param, v float64) string {
	if i := int(v); len(p.Choices) > 0 && i >= 0 && i < len(p.Choices) {
		return p.Choices[i]
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}
