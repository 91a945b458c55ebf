package workshop

import (
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
)

// FuzzWorkshop feeds workshop definitions, as a facilitator might write
// them, through everything that reads them: decoding, the check, the
// schedule at the definition's own length and at another, and the kit.
// Nothing may panic; a schedule must last exactly what was asked; no text
// may become a tag in a page.
func FuzzWorkshop(f *testing.F) {
	f.Add([]byte("minutes: 30\nagenda:\n  - id: a\n    title: A\n    minutes: 20\n    do: x\n  - id: b\n    title: B\n    minutes: 10\n    fixed: true\n    do: y\n"), 45)
	f.Add([]byte("agenda:\n  - {id: a, title: A, seconds: 3, do: x}\n  - {id: b, title: B, seconds: 3, do: y, from: 5}\n"), 0)
	f.Add([]byte("roles:\n  - id: c\n    name: <script>alert(1)</script>\n    purpose: p\n    asks: [\"<b>\"]\n"), 90)
	f.Add([]byte("decision:\n  rows: 3\n  outcomes:\n    - {id: go, label: Go}\nrubric:\n  scale: [a, b]\n  criteria:\n    - {name: n, question: q}\n"), 120)
	base := builtin(f)
	tmpl := loadTemplate(f, "amazon")
	f.Fuzz(func(t *testing.T, data []byte, minutes int) {
		over, _, err := store.DecodeWorkshop("fuzz.yaml", data)
		if err != nil {
			return
		}
		w := prfaq.MergeWorkshop(base, over)
		if Check(w) != nil {
			return
		}
		minutes %= MaxMinutes + 2
		slots, err := Schedule(w, minutes)
		if err == nil && minutes > 0 && total(slots) != time.Duration(minutes)*time.Minute {
			t.Fatalf("Schedule(%d) lasts %v", minutes, total(slots))
		}
		pages, err := Kit(w, tmpl, KitOptions{Teams: 3, Minutes: minutes})
		if err != nil {
			return
		}
		for _, p := range pages {
			if strings.Contains(string(p.HTML), "<script") {
				t.Fatalf("%s: a <script> tag in the page", p.Name)
			}
		}
	})
}
