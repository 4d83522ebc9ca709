package slideview

// Layout is where a slide goes on a screen.
type Layout struct {
	Left, Top    int // margins
	Width        int // of the content column
	Height       int // of the slide, above the footer
	ContentLines int // rows for content inside the margins
}

// maxColumn is the widest the content column grows on a wide projector,
// so lines stay readable.
const maxColumn = 120

// FooterRows is the footer and the blank row above it.
const FooterRows = 2

// LayoutFor places the slide in a width×height terminal: margins grow with
// the terminal (about a twelfth of the width, a fifteenth of the height)
// and the column is centred.
func LayoutFor(width, height int) Layout {
	mx := min(max(width/12, 1), 16)
	my := height / 15
	if height < 16 {
		my = 0
	}
	cw := min(max(width-2*mx, 1), maxColumn)
	h := max(0, height-FooterRows)
	return Layout{
		Left:         max(0, (width-cw)/2),
		Top:          my,
		Width:        cw,
		Height:       h,
		ContentLines: max(0, h-2*my),
	}
}
