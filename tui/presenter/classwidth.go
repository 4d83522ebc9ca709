package presenter

import (
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// classroomColumns is the terminal width students' widgets are drawn for:
// a widget sent to students fits, uncut, on a screen this wide.
const classroomColumns = 80

// classroomWidgetWidth is the width a widget gets on a classroomColumns
// screen: all the room right of the slide's left margin, less the
// widget's indent (a nines table needs more than the slide's column).
var classroomWidgetWidth = classroomColumns - slideview.LayoutFor(classroomColumns, 24).Left - 2

// classroomMinHeight is the fewest rows a widget sent to students is
// drawn in: a presenter on a short screen does not shrink what students,
// who can scroll, are sent.
const classroomMinHeight = 20

// sentText is a widget's text as the presenter drew it and as it was
// sent to students.
type sentText struct{ drawn, sent string }

// classroomText is widget w's text for students, without escape codes.
// Unless the presenter drew it at the classroom size already, the widget
// (even one the presenter has not drawn yet) is drawn a second time at
// classroomWidgetWidth and at least classroomMinHeight rows: the same
// state, laid out for an 80-column screen. It then gets its size back.
// The second drawing happens only when the presenter's text changed.
func (m *Presenter) classroomText(w common.Screen) string {
	drawn := ansi.Strip(w.View())
	if prev, ok := m.sent[w]; ok && prev.drawn == drawn {
		return prev.sent
	}
	sent := drawn
	size, sized := m.sizes[w]
	if !sized || size[0] != classroomWidgetWidth || size[1] < classroomMinHeight {
		w.SetSize(classroomWidgetWidth, max(size[1], classroomMinHeight))
		sent = ansi.Strip(w.View())
		if sized {
			w.SetSize(size[0], size[1])
		}
	}
	m.sent[w] = sentText{drawn: drawn, sent: sent}
	return sent
}
