package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/termtext"
	"github.com/prfaq/prfaq/internal/timer"
	"github.com/prfaq/prfaq/internal/workshop"
)

type workshopTimerOptions struct {
	agenda  string
	minutes int
	startAt string
}

func newWorkshopTimerCmd(a *app) *cobra.Command {
	opts := &workshopTimerOptions{}
	cmd := &cobra.Command{
		Use:   "timer",
		Short: "Count down through the workshop agenda, readable from across a room",
		Long: `Count down through the agenda of a workshop, step by step: the time left
in large digits, what participants do now, the step number, the time
used of the whole agenda and the next step. When a step's time is up the
terminal rings and the screen flashes, and the next step starts.

The agenda is the built-in one (90 minutes), or the one in --agenda FILE
laid over it. --minutes scales it to another length, as the kit does
(0 or left out: the agenda's own length, 90 minutes for the built-in
one). Steps may be given in seconds: for rehearsals.

Keys:
  space, p   pause or resume
  n, →       next step
  b, ←       back one step, with its full time again
  +, -       a minute more or less for this step
  q, Esc     quit (Ctrl-C too)

Without a terminal (output to a pipe or a file, as in CI) it prints one
line as each step starts, such as
  0:05  2/9  The five customer questions, alone (10 min): Answer ...
and "1:30  done" at the end. Times are where the agenda stands, h:mm (or
h:mm:ss for agendas in seconds). Ctrl-C stops it. PRFAQ_ACCESSIBLE=1
asks for these plain lines on a terminal too, for screen readers.

--start-at picks up where a stopped timer left off: give a step's number
or its id.
` + exitStatus(
			"0    the agenda ran to the end or you quit",
			"130  interrupted",
		),
		Example: `  prfaq workshop timer
  prfaq workshop timer --minutes 180
  prfaq workshop timer --agenda my-workshop.yaml --start-at press-release
  prfaq workshop timer --agenda rehearsal.yaml | tee timer.log`,
		Args: argsCheck(cobra.NoArgs, "give the agenda with --agenda FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runWorkshopTimer(cmd, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.agenda, "agenda", "", "run the agenda of the workshop definition in `FILE` (default: the built-in one)")
	f.IntVar(&opts.minutes, "minutes", 0, "scale the agenda to `N` minutes (default 0: the agenda's own length, 90 for the built-in)")
	f.StringVar(&opts.startAt, "start-at", "", "start at `STEP`, a step's number (3) or id (press-release)")
	_ = cmd.RegisterFlagCompletionFunc("agenda", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
	})
	return cmd
}

func (a *app) runWorkshopTimer(cmd *cobra.Command, opts *workshopTimerOptions) error {
	if opts.minutes < 0 || opts.minutes > workshop.MaxMinutes {
		return withHint(usageError("--minutes %d is not a workshop length: give 1 to %d (three days)", opts.minutes, workshop.MaxMinutes),
			"Leave --minutes out to run the agenda at its own length.")
	}
	def, err := a.workshopDefinition(opts.agenda)
	if err != nil {
		return err
	}
	slots, err := workshop.Schedule(def, opts.minutes)
	if err != nil {
		if opts.minutes != 0 {
			return withHint(usageError("%s: %v", a.agendaName(opts.agenda), err), "Or leave --minutes out to run the agenda at its own length.")
		}
		return usageError("%s: %v", a.agendaName(opts.agenda), err)
	}
	first, err := startStep(slots, opts.startAt)
	if err != nil {
		return err
	}
	steps := make([]timer.Step, len(slots))
	for i, s := range slots {
		steps[i] = timer.Step{Title: s.Step.Title, Do: s.Step.Do, Length: s.Duration}
	}

	// The timer runs on the process's clock, not a.now(): SOURCE_DATE_EPOCH
	// fixes dates in outputs, and a countdown on a fixed clock never ends.
	now := a.env.Now
	// Plain lines for pipes and files, and for screen readers.
	tui := a.canPrompt() && !a.accessible(false)
	var st timer.Status
	if tui {
		st, err = timer.RunTerminal(contextOf(cmd), a.env.Stdin, a.env.Stdout, steps, first, now)
	} else {
		ctx, stop := signal.NotifyContext(contextOf(cmd), os.Interrupt)
		st, err = timer.RunPlain(ctx, a.env.Stdout, steps, first, envClock{now})
		stop()
	}
	if errors.Is(err, timer.ErrInterrupted) && st.Done {
		// Ctrl-C on the last screen: the agenda ran to the end.
		err = nil
	}
	if errors.Is(err, timer.ErrInterrupted) {
		return &exitError{code: ExitAborted,
			err:  fmt.Errorf("interrupted: the timer stopped at step %d/%d (%s) with %s left", st.Step+1, len(slots), termtext.Line(slots[st.Step].Step.Title), timer.FormatLeft(st.Left)),
			hint: "Continue with: " + a.continueTimer(opts, slots[st.Step].Step.ID)}
	}
	if err != nil {
		return err
	}
	if tui && !st.Done {
		fmt.Fprintf(a.env.Stdout, "Stopped at step %d/%d (%s) with %s left. Continue with: %s\n",
			st.Step+1, len(slots), slots[st.Step].Step.Title, timer.FormatLeft(st.Left), a.continueTimer(opts, slots[st.Step].Step.ID))
	}
	return nil
}

func contextOf(cmd *cobra.Command) context.Context {
	if ctx := cmd.Context(); ctx != nil {
		return ctx
	}
	return context.Background()
}

// envClock is the plain timer's clock: the environment's time, and real
// waits.
type envClock struct{ now func() time.Time }

func (c envClock) Now() time.Time                         { return c.now() }
func (c envClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

func (a *app) agendaName(file string) string {
	if file == "" {
		return "built-in " + builtinWorkshop
	}
	return file
}

// startStep finds the step --start-at names, by number from 1 or by id.
func startStep(slots []workshop.Slot, at string) (int, error) {
	if at == "" {
		return 0, nil
	}
	var ids []string
	for i, s := range slots {
		if s.Step.ID == at {
			return i, nil
		}
		ids = append(ids, s.Step.ID)
	}
	if n, err := strconv.Atoi(at); err == nil {
		if n >= 1 && n <= len(slots) {
			return n - 1, nil
		}
		return 0, withHint(usageError("--start-at %d: the agenda has steps 1 to %d", n, len(slots)), "Give a step's number or id: "+strings.Join(ids, ", "))
	}
	return 0, withHint(usageError("--start-at %q: no step of the agenda has that id", at), "Give a step's number or id: "+strings.Join(ids, ", "))
}

// continueTimer is the command that starts the timer again at step id.
func (a *app) continueTimer(opts *workshopTimerOptions, id string) string {
	c := "prfaq workshop timer"
	if opts.agenda != "" {
		c += " --agenda " + shellQuote(opts.agenda)
	}
	if opts.minutes != 0 {
		c += fmt.Sprintf(" --minutes %d", opts.minutes)
	}
	return c + " --start-at " + id
}

// shellQuote quotes a path for a command line when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
