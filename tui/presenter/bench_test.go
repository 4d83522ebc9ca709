package presenter

import (
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/components/slideview"
)

// BenchmarkSlideChange is one press of next and the redraw it causes,
// over the whole course at 100×30 (every slide is drawn once before the
// timer starts, as a lecture's rehearsal would).
func BenchmarkSlideChange(b *testing.B) {
	m, _ := newTestPresenter(b, 100, 30, 0)
	for range m.deck.Len() * 10 {
		press(m, "right")
		_ = m.View()
	}
	press(m, "g")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if m.nav.Slide == m.deck.Len()-1 {
			press(m, "g")
		}
		press(m, "right")
		_ = m.View()
	}
}

// BenchmarkSlideChangeCold is next and redraw on slides never drawn
// before: the Markdown is rendered afresh each time.
func BenchmarkSlideChangeCold(b *testing.B) {
	m, _ := newTestPresenter(b, 100, 30, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if m.nav.Slide == m.deck.Len()-1 {
			b.StopTimer()
			press(m, "g")
			m.paint.Forget()
			b.StartTimer()
		}
		press(m, "right")
		_ = m.View()
	}
}

// BenchmarkScenarioFrameTo200Students is one frame of a scenario playing
// on a slide mirrored to 200 students: the presenter steps the run and
// publishes, and every student takes the frame and draws their screen's
// slide at their own size (most at 80×24, some larger or narrower),
// sharing one renderer as the SSH server's sessions do. At mirrorEvery
// (ten frames a second) a core spends ten times this per second.
func BenchmarkScenarioFrameTo200Students(b *testing.B) {
	m, _ := newTestPresenter(b, 120, 40, 0, "failover")
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
	m.class = &Classroom{Hub: hub, Connect: "ssh -p 2222 localhost", Fingerprint: "SHA256:abc"}
	m.move(lecture.Nav{Slide: slideWith(b, m, "scenario")})
	press(m, "enter") // the scenario takes the keys
	sizes := [][2]int{{80, 24}, {80, 24}, {80, 24}, {100, 30}, {72, 24}, {120, 40}, {80, 24}, {80, 24}}
	students := make([]*classroom.Student, 200)
	for i := range students {
		s, err := hub.Join("", "127.0.0.1:1")
		if err != nil {
			b.Fatal(err)
		}
		students[i] = s
	}
	r := slideview.NewSlideRenderer(m.deck)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		press(m, ".") // one step of the run, published
		for i, s := range students {
			f := <-s.Frames()
			size := sizes[i%len(sizes)]
			_ = r.Render(true, slideview.StudentSlide{Nav: lecture.Nav{Slide: f.State.Slide, Step: f.State.Step},
				Widgets: f.Widgets, Live: drawings(f.Live), Width: size[0], Height: size[1] - 2})
		}
	}
}
