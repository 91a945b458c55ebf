package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workshop"
	"github.com/prfaq/prfaq/templates"
)

func newWorkshopCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "workshop",
		Short: "Run a working-backwards workshop: printable kit, timer, gallery, reading packet",
		Long: `Tools for facilitators of working-backwards workshops, from 90 minutes to
two days: participants answer the five customer questions alone, draft a
press release, write the customer and stakeholder FAQ, then read in silence
and review each other's drafts. docs/workshops.md is the how-to.

  kit        printable worksheets, role cards, rubric, decision log and guide
  timer      a countdown through the agenda, readable from across a room
  gallery    every team's draft on one page, with scores
  packet     one PR/FAQ with numbered paragraphs, for silent reading
  definition the built-in workshop definition, to copy and change
` + exitStatus("0    success"),
		Example: `  prfaq workshop kit --teams 4 --out kit
  prfaq workshop timer --minutes 90
  prfaq workshop gallery drafts/ --out gallery.html
  prfaq workshop packet tab-split.prfaq.yaml --out packet.html`,
		Args: argsCheck(cobra.NoArgs, "use one of its commands: kit, timer, gallery, packet or definition"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(
		newWorkshopKitCmd(a),
		newWorkshopTimerCmd(a),
		newWorkshopGalleryCmd(a),
		newWorkshopPacketCmd(a),
		newWorkshopDefinitionCmd(a),
	)
	return cmd
}

// builtinWorkshop is the file name of the built-in definition, as messages
// and 'prfaq workshop definition' show it.
const builtinWorkshop = "workshops/default.yaml"

// workshopDefinition returns the built-in workshop definition, with the
// parts given in file (if any) laid over it.
func (a *app) workshopDefinition(file string) (*prfaq.Workshop, error) {
	data, err := templates.Workshops.ReadFile(builtinWorkshop)
	if err != nil {
		return nil, err
	}
	base, _, err := store.DecodeWorkshop("built-in "+builtinWorkshop, data)
	if err != nil {
		return nil, err
	}
	w := base
	if file != "" {
		if _, err := os.Stat(a.path(file)); errors.Is(err, fs.ErrNotExist) {
			return nil, withHint(usageError("%s: no such file", file), "Write one with 'prfaq workshop definition > my-workshop.yaml' and change it.")
		}
		data, err := a.files.ReadFile(a.path(file), file)
		if err != nil {
			return nil, err
		}
		over, _, err := store.DecodeWorkshop(file, data)
		if err != nil {
			return nil, err
		}
		w = prfaq.MergeWorkshop(base, over)
	}
	if err := workshop.Check(w); err != nil {
		name := file
		if name == "" {
			name = "built-in " + builtinWorkshop
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return w, nil
}
