// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
)

func init() {
	addCommand(&command{
		name:    "connections",
		usage:   "connections SNAP_YAML... [--core] [--declaration FILE]... [--table | --explain | --json]",
		summary: "decide, with reasons, the installation of snaps and the connection of each plug",
		run:     runConnections,
	})
}

// The decisions about a plug and a candidate slot.
const (
	decisionAuto     = "auto-connect"
	decisionManual   = "manual"
	decisionDenied   = "denied"
	decisionRejected = "rejected"
	decisionNoSlot   = "no-slot"
)

type connectionsOutput struct {
	Snaps []snapInstallEntry `json:"snaps"`
	// Dropped are the plugs and slots left out when their snaps were
	// added, with why; a dropped plug is also a rejected plug entry.
	Dropped []droppedEntry `json:"dropped"`
	Plugs   []plugEntry    `json:"plugs"`
}

type snapInstallEntry struct {
	Name    string       `json:"name"`
	Install installEntry `json:"install"`
}

type installEntry struct {
	Allowed bool   `json:"allowed"`
	Reason  string `json:"reason"`
	// Explanation is the whole chain; Reason is its first line.
	Explanation []string `json:"explanation"`
}

type plugEntry struct {
	Snap      string `json:"snap"`
	Plug      string `json:"plug"`
	Interface string `json:"interface"`
	// Slot is "SNAP:SLOT", or null for a rejected plug or one without
	// a candidate slot.
	Slot        *string  `json:"slot"`
	Decision    string   `json:"decision"`
	Reason      string   `json:"reason"`
	Explanation []string `json:"explanation"`
}

func runConnections(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("connections", stderr)
	onCore := fs.Bool("core", false, "decide for Ubuntu Core instead of a classic distribution")
	output := addOutputFlags(fs)
	var declFiles stringList
	fs.Var(&declFiles, "declaration", "a snap declaration (for the snap its snap-name names), or a base declaration replacing the built-in one (repeatable)")
	pos, err := parseArgs(fs, args, 1, -1)
	if err != nil {
		return err
	}
	// A terminal gets the table; anything else the explanation, as
	// before the table existed.
	mode, err := output.mode(stdout, modeExplain)
	if err != nil {
		return err
	}
	kind := builtin.Classic
	if *onCore {
		kind = builtin.Core
	}
	base, snapDecls, err := loadDeclarations(declFiles)
	if err != nil {
		return err
	}
	sys, err := loadSystem(pos, kind)
	if err != nil {
		return err
	}
	out, err := decideConnections(sys, base, snapDecls, policy.System{OnCore: *onCore})
	if err != nil {
		return err
	}
	switch mode {
	case modeJSON:
		return writeJSON(stdout, out)
	case modeTable:
		return writeConnectionsTable(stdout, out)
	}
	writeConnections(stdout, out)
	return nil
}

// loadDeclarations reads the --declaration files: the built-in base
// declaration unless one of them is a base declaration, and the snap
// declarations by the snap they name.
func loadDeclarations(paths []string) (*policy.Declaration, map[string]*policy.Declaration, error) {
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot compile the built-in base declaration: %w", err)
	}
	baseFile := ""
	snapDecls := map[string]*policy.Declaration{}
	for _, path := range paths {
		decl, err := readDeclaration(path)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case decl.IsBase():
			if baseFile != "" {
				return nil, nil, fmt.Errorf("cannot use base declaration %q: %q is one already", path, baseFile)
			}
			if err := decl.CheckBase(); err != nil {
				return nil, nil, err
			}
			base, baseFile = decl, path
		case decl.SnapName == "":
			return nil, nil, fmt.Errorf("cannot use snap declaration %q: it has no snap-name to say which snap it is for", path)
		case snapDecls[decl.SnapName] != nil:
			return nil, nil, fmt.Errorf("cannot use snap declaration %q: snap %q has one already", path, decl.SnapName)
		default:
			snapDecls[decl.SnapName] = decl
		}
	}
	return base, snapDecls, nil
}

// decideConnections decides the installation of each snap given, then
// the connection of each of their plugs to each candidate slot.
func decideConnections(sys *system, base *policy.Declaration, snapDecls map[string]*policy.Declaration, psys policy.System) (*connectionsOutput, error) {
	out := &connectionsOutput{Snaps: []snapInstallEntry{}, Dropped: []droppedEntry{}, Plugs: []plugEntry{}}
	for _, d := range sys.dropped {
		out.Dropped = append(out.Dropped, droppedEntry{Snap: d.Snap, Side: d.Side, Name: d.Name, Interface: d.Interface, Reason: d.Reason})
	}
	for _, info := range sys.snaps {
		ic := &policy.InstallCandidate{Snap: info, SnapDeclaration: snapDecls[info.SuggestedName], BaseDeclaration: base, System: psys}
		d := ic.Check()
		out.Snaps = append(out.Snaps, snapInstallEntry{
			Name:    info.InstanceName(),
			Install: installEntry{Allowed: d.Allowed(), Reason: d.String(), Explanation: d.Explain()},
		})
	}
	for _, info := range sys.snaps {
		snapName := info.InstanceName()
		for _, p := range sys.plugsOf(snapName) {
			if p.dropped != nil {
				out.Plugs = append(out.Plugs, plugEntry{Snap: snapName, Plug: p.name, Interface: p.dropped.Interface,
					Decision: decisionRejected, Reason: p.dropped.Reason, Explanation: []string{p.dropped.String()}})
				continue
			}
			res, err := policy.EvaluatePlug(sys.repo, base, snapDecls, psys, interfaces.PlugRef{Snap: snapName, Name: p.name})
			if err != nil {
				return nil, err
			}
			out.Plugs = append(out.Plugs, plugEntries(res)...)
		}
	}
	return out, nil
}

// plugEntries turns what auto-connection would do with a plug into one
// entry per candidate slot, or one without a slot when there is none.
func plugEntries(res policy.AutoConnectResult) []plugEntry {
	if len(res.Candidates) == 0 {
		return []plugEntry{{Snap: res.Plug.Snap, Plug: res.Plug.Name, Interface: res.Interface,
			Decision: decisionNoSlot, Reason: res.Reason, Explanation: []string{res.Reason}}}
	}
	connected := map[interfaces.SlotRef]bool{}
	for _, ref := range res.Connected {
		connected[ref] = true
	}
	var entries []plugEntry
	for _, cand := range res.Candidates {
		slot := cand.Slot.String()
		e := plugEntry{Snap: res.Plug.Snap, Plug: res.Plug.Name, Interface: res.Interface, Slot: &slot}
		switch {
		case connected[cand.Slot]:
			e.Decision, e.Reason, e.Explanation = decisionAuto, cand.Auto.String(), cand.Auto.Explain()
		case cand.Manual.Allowed:
			e.Decision, e.Reason, e.Explanation = decisionManual, cand.Auto.String(), cand.Auto.Explain()
			switch {
			case cand.Full:
				e.Reason = fmt.Sprintf("slot %s already has as many plugs as its plugs-per-slot (%s) allows", slot, cand.Auto.PlugsPerSlot)
				e.Explanation = append([]string{e.Reason}, e.Explanation...)
			case res.Ambiguous && cand.Auto.Allowed:
				e.Reason = res.Reason
				e.Explanation = append([]string{e.Reason}, e.Explanation...)
			}
		default:
			e.Decision, e.Reason, e.Explanation = decisionDenied, cand.Manual.String(), cand.Manual.Explain()
		}
		entries = append(entries, e)
	}
	return entries
}

// pluggedName is a plug of a snap given on the command line, accepted
// into the repository or dropped.
type pluggedName struct {
	name    string
	dropped *interfaces.Dropped
}

// plugsOf returns the plugs of a snap, accepted and dropped, by name.
func (sys *system) plugsOf(snapName string) []pluggedName {
	var out []pluggedName
	for _, plug := range sys.repo.Plugs(snapName) {
		out = append(out, pluggedName{name: plug.Name})
	}
	for i := range sys.dropped {
		if d := &sys.dropped[i]; d.Side == "plug" && d.Snap == snapName {
			out = append(out, pluggedName{name: d.Name, dropped: d})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// writeConnections prints the decisions for people: each snap's
// installation, each plug's decision with its explanation, and a count
// of the plug decisions.
func writeConnections(w io.Writer, out *connectionsOutput) {
	for _, s := range out.Snaps {
		verdict := "allowed"
		if !s.Install.Allowed {
			verdict = "denied"
		}
		fmt.Fprintf(w, "snap %s: installation %s\n", s.Name, verdict)
		if !s.Install.Allowed {
			writeIndented(w, s.Install.Explanation)
		}
	}
	for _, d := range out.Dropped {
		fmt.Fprintf(w, "dropped %s %s:%s (interface %q): %s\n", d.Side, d.Snap, d.Name, d.Interface, d.Reason)
	}
	counts := map[string]int{}
	for _, p := range out.Plugs {
		slot := "(none)"
		if p.Slot != nil {
			slot = *p.Slot
		}
		fmt.Fprintf(w, "\n%s:%s -> %s (%s): %s\n", p.Snap, p.Plug, slot, p.Interface, p.Decision)
		writeIndented(w, p.Explanation)
		counts[p.Decision]++
	}
	fmt.Fprintf(w, "\n%d plug decisions: %d %s, %d %s, %d %s, %d %s, %d %s\n", len(out.Plugs),
		counts[decisionAuto], decisionAuto, counts[decisionManual], decisionManual, counts[decisionDenied], decisionDenied,
		counts[decisionRejected], decisionRejected, counts[decisionNoSlot], decisionNoSlot)
}

func writeIndented(w io.Writer, lines []string) {
	for _, line := range lines {
		fmt.Fprintf(w, "    %s\n", line)
	}
}
