// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
)

func init() {
	addCommand(&command{
		name: "profile",
		usage: "profile SNAP_YAML... [--plug SNAP:PLUG[=SNAP:SLOT]]... [--auto] [--force] [--core]\n" +
			"                       [--declaration FILE]... [--out DIR] [--check] [--json]",
		summary: "render each app's and hook's whole AppArmor profile and seccomp policy",
		run:     runProfile,
	})
}

// profileHost is what profiles are rendered for: snaps under /snap, at
// a local revision.
var profileHost = apparmor.Host{InstallDir: apparmor.DefaultInstallDir, Revision: "x1"}

type profileOptions struct {
	plugs    stringList
	auto     bool
	autoSet  bool
	force    bool
	onCore   bool
	decls    stringList
	outDir   string
	check    bool
	asJSON   bool
	snapArgs []string
}

// rendered is the confinement of one security tag.
type rendered struct {
	tag      string
	apparmor *apparmor.Profile
	seccomp  *seccomp.Policy
	filter   *compiler.Filter
}

type profileSummary struct {
	Snaps       []string          `json:"snaps"`
	Connections []connectionEntry `json:"connections"`
	Unconnected []unconnectedPlug `json:"unconnected"`
	Dropped     []droppedEntry    `json:"dropped"`
	Tags        []tagEntry        `json:"tags"`
}

type connectionEntry struct {
	Plug      string `json:"plug"`
	Slot      string `json:"slot"`
	Interface string `json:"interface"`
}

type unconnectedPlug struct {
	Plug      string `json:"plug"`
	Interface string `json:"interface"`
	Reason    string `json:"reason"`
}

type droppedEntry struct {
	Snap      string `json:"snap"`
	Side      string `json:"side"`
	Name      string `json:"name"`
	Interface string `json:"interface"`
	Reason    string `json:"reason"`
}

type tagEntry struct {
	Tag           string `json:"tag"`
	AppArmorBytes int    `json:"apparmor-bytes"`
	SeccompBytes  int    `json:"seccomp-bytes"`
}

func parseProfileArgs(args []string, stderr io.Writer) (*profileOptions, error) {
	opts := &profileOptions{}
	fs := newFlagSet("profile", stderr)
	fs.Var(&opts.plugs, "plug", "connect SNAP:PLUG to SNAP:SLOT, or to the system's slot of its interface (repeatable)")
	fs.BoolVar(&opts.auto, "auto", true, "connect what policy auto-connects (the default when no --plug is given)")
	fs.BoolVar(&opts.force, "force", false, "connect --plug connections even when policy denies a manual connection")
	fs.BoolVar(&opts.onCore, "core", false, "use the implicit slots and policy of Ubuntu Core instead of classic")
	fs.Var(&opts.decls, "declaration", "a snap declaration, or a base declaration replacing the built-in one (repeatable)")
	fs.StringVar(&opts.outDir, "out", "", "write DIR/apparmor/TAG and DIR/seccomp/TAG.src (and TAG.bin with --check)")
	fs.BoolVar(&opts.check, "check", false, "compile every profile with apparmor_parser and every policy with libseccomp")
	fs.BoolVar(&opts.asJSON, "json", false, "print a JSON summary instead of the policy text")
	pos, err := parseArgs(fs, args, 1, -1)
	if err != nil {
		return nil, err
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "auto" {
			opts.autoSet = true
		}
	})
	// Auto-connection is the default only when no plug is named.
	if !opts.autoSet {
		opts.auto = len(opts.plugs) == 0
	}
	opts.snapArgs = pos
	return opts, nil
}

func runProfile(args []string, stdout, stderr io.Writer) error {
	opts, err := parseProfileArgs(args, stderr)
	if err != nil {
		return err
	}
	kind := builtin.Classic
	if opts.onCore {
		kind = builtin.Core
	}
	base, snapDecls, err := loadDeclarations(opts.decls)
	if err != nil {
		return err
	}
	sys, err := loadSystem(opts.snapArgs, kind)
	if err != nil {
		return err
	}
	psys := policy.System{OnCore: opts.onCore}
	summary := &profileSummary{Snaps: []string{}, Connections: []connectionEntry{}, Unconnected: []unconnectedPlug{}, Dropped: []droppedEntry{}, Tags: []tagEntry{}}
	for _, d := range sys.dropped {
		summary.Dropped = append(summary.Dropped, droppedEntry{Snap: d.Snap, Side: d.Side, Name: d.Name, Interface: d.Interface, Reason: d.Reason})
	}

	for _, spec := range opts.plugs {
		if err := connectExplicit(sys, base, snapDecls, psys, spec, opts.force); err != nil {
			return err
		}
	}
	if opts.auto {
		for _, info := range sys.snaps {
			_, report, err := policy.AutoConnect(sys.repo, base, snapDecls, psys, info.InstanceName())
			if err != nil {
				return err
			}
			for _, res := range report {
				if len(res.Connected) == 0 && !strings.HasPrefix(res.Reason, "already connected") {
					summary.Unconnected = append(summary.Unconnected, unconnectedPlug{Plug: res.Plug.String(), Interface: res.Interface, Reason: res.Reason})
				}
			}
		}
	}
	for _, ref := range sys.repo.Connections() {
		conn, err := sys.repo.Connection(ref)
		if err != nil {
			return err
		}
		summary.Connections = append(summary.Connections, connectionEntry{Plug: ref.PlugRef.String(), Slot: ref.SlotRef.String(), Interface: conn.Interface.Name()})
	}

	var all []*rendered
	for _, info := range sys.snaps {
		summary.Snaps = append(summary.Snaps, info.InstanceName())
		tags, err := renderSnap(sys, info.InstanceName())
		if err != nil {
			return err
		}
		all = append(all, tags...)
	}
	for _, r := range all {
		summary.Tags = append(summary.Tags, tagEntry{Tag: r.tag, AppArmorBytes: r.apparmor.Text.Len(), SeccompBytes: r.seccomp.Text.Len()})
	}

	var checkErr error
	if opts.check {
		checkErr = checkRendered(all)
	}
	var written []string
	if opts.outDir != "" {
		if written, err = writeRendered(opts.outDir, all); err != nil {
			return err
		}
	}
	switch {
	case opts.asJSON:
		if err := writeJSON(stdout, summary); err != nil {
			return err
		}
	default:
		sys.reportDropped(stderr)
		for _, u := range summary.Unconnected {
			fmt.Fprintf(stderr, "not connected: plug %s (interface %q): %s\n", u.Plug, u.Interface, u.Reason)
		}
		for _, line := range written {
			fmt.Fprintln(stdout, line)
		}
		if opts.check && checkErr == nil {
			fmt.Fprintf(stdout, "checked: %d AppArmor profiles compile with apparmor_parser, %d seccomp policies with libseccomp\n", len(all), len(all))
		}
		if opts.outDir == "" {
			for _, r := range all {
				fmt.Fprintf(stdout, "# apparmor %s\n", r.tag)
				r.apparmor.Text.WriteTo(stdout)
				fmt.Fprintf(stdout, "# seccomp %s\n", r.tag)
				r.seccomp.Text.WriteTo(stdout)
			}
		}
	}
	if checkErr != nil {
		fmt.Fprintf(stderr, "%v\n", checkErr)
		return &exitError{code: 1}
	}
	return nil
}

// connectExplicit connects one --plug SNAP:PLUG[=SNAP:SLOT], to the
// system's slot of the plug's interface when no slot is named, after a
// manual-connection check unless force is set.
func connectExplicit(sys *system, base *policy.Declaration, snapDecls map[string]*policy.Declaration, psys policy.System, spec string, force bool) error {
	plugPart, slotPart, hasSlot := strings.Cut(spec, "=")
	plugSnap, plugName, ok := strings.Cut(plugPart, ":")
	if !ok || plugSnap == "" || plugName == "" {
		return fmt.Errorf("invalid --plug %q: want SNAP:PLUG or SNAP:PLUG=SNAP:SLOT", spec)
	}
	plug := sys.repo.Plug(plugSnap, plugName)
	if plug == nil {
		if sys.wasDropped(plugSnap, plugName) {
			return fmt.Errorf("cannot connect --plug %q: the plug was dropped when its snap was added (see above)", spec)
		}
		return fmt.Errorf("cannot connect --plug %q: snap %q has no plug %q", spec, plugSnap, plugName)
	}
	ref := interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: plugSnap, Name: plugName}}
	if hasSlot {
		slotSnap, slotName, ok := strings.Cut(slotPart, ":")
		if !ok || slotSnap == "" || slotName == "" {
			return fmt.Errorf("invalid --plug %q: want SNAP:PLUG or SNAP:PLUG=SNAP:SLOT", spec)
		}
		ref.SlotRef = interfaces.SlotRef{Snap: slotSnap, Name: slotName}
	} else {
		slot := sys.systemSlot(plug)
		if slot == nil {
			return fmt.Errorf("cannot connect --plug %q: the %s system has no %q slot; name one with =SNAP:SLOT", spec, sys.kind, plug.Interface)
		}
		ref.SlotRef = interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: slot.Name}
	}
	if !force {
		decision, err := policy.CheckManualConnection(sys.repo, base, snapDecls, psys, ref)
		if err != nil {
			return err
		}
		if !decision.Allowed {
			return fmt.Errorf("cannot connect %s: %v (use --force to connect anyway)", ref, decision.Err())
		}
	}
	_, err := sys.repo.Connect(ref, nil, nil)
	return err
}

// renderSnap renders the AppArmor profile and seccomp policy of every
// app and hook of a snap.
func renderSnap(sys *system, instanceName string) ([]*rendered, error) {
	info := sys.repo.Snap(instanceName)
	aaSpec, scSpec, err := sys.specs(instanceName)
	if err != nil {
		return nil, err
	}
	profiles, err := apparmor.RenderSnapProfiles(info, aaSpec, profileHost)
	if err != nil {
		return nil, err
	}
	policies, err := seccomp.RenderSnapPolicies(info, scSpec)
	if err != nil {
		return nil, err
	}
	if len(profiles) != len(policies) {
		return nil, fmt.Errorf("internal error: %d AppArmor profiles but %d seccomp policies for snap %q", len(profiles), len(policies), instanceName)
	}
	out := make([]*rendered, len(profiles))
	for i := range profiles {
		out[i] = &rendered{tag: profiles[i].Tag, apparmor: profiles[i], seccomp: policies[i]}
	}
	return out, nil
}

// checkRendered compiles every profile with apparmor_parser (in one
// batch) and every seccomp policy with libseccomp, keeping the filters.
// Every problem is reported, each naming its tag, line and interface.
func checkRendered(all []*rendered) error {
	var problems []string
	profiles := make([]*apparmor.Profile, len(all))
	for i, r := range all {
		profiles[i] = r.apparmor
	}
	if len(profiles) > 0 {
		if err := aaparser.Check(profiles...); err != nil {
			var perrs aaparser.ParseErrors
			if errors.As(err, &perrs) {
				for _, perr := range perrs {
					problems = append(problems, "apparmor: "+perr.Error())
				}
			} else {
				problems = append(problems, "apparmor: "+err.Error())
			}
		}
	}
	for _, r := range all {
		filter, err := compiler.Compile(r.seccomp.Text.String())
		if err != nil {
			problems = append(problems, "seccomp: "+r.seccomp.Explain(err).Error())
			continue
		}
		r.filter = filter
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "\n"))
	}
	return nil
}
