// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"context"
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
			"                       [--declaration FILE]... [--abi 3.0|4.0 | --features FILE|DIR]\n" +
			"                       [--out DIR] [--check] [--json]",
		summary: "render each app's and hook's whole AppArmor profile and seccomp policy",
		run:     runProfile,
	})
}

// profileHost is what profiles are rendered for: snaps under /snap, at
// a local revision, and by default AppArmor's ABI 3.0 (see
// profileOptions.host).
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
	abi      string
	features string
	snapArgs []string
}

// host returns what profiles are rendered for: profileHost with the
// feature set of --abi (that ABI's own), of --features (a features file
// or the kernel's directory, whose ABI profiles then state), or none
// (ABI 3.0).
func (opts *profileOptions) host() (apparmor.Host, error) {
	host := profileHost
	switch {
	case opts.abi != "" && opts.features != "":
		return host, fmt.Errorf("cannot use --abi and --features together: --features decides the ABI")
	case opts.abi != "":
		abi, err := apparmor.ParseABI(opts.abi)
		if err != nil {
			return host, fmt.Errorf("invalid --abi: %w", err)
		}
		host.Features = apparmor.FeaturesOf(abi)
	case opts.features != "":
		features, err := apparmor.ReadFeatures(opts.features)
		if err != nil {
			return host, err
		}
		host.Features = features
	}
	return host, nil
}

// rendered is the confinement of one security tag of a snap.
type rendered struct {
	snap     string
	tag      string
	apparmor *apparmor.Profile
	seccomp  *seccomp.Policy
	filter   *compiler.Filter
}

type profileSummary struct {
	// ABI is the AppArmor ABI the profiles state.
	ABI         string            `json:"apparmor-abi"`
	Snaps       []string          `json:"snaps"`
	Connections []connectionEntry `json:"connections"`
	Unconnected []unconnectedPlug `json:"unconnected"`
	Dropped     []droppedEntry    `json:"dropped"`
	// Forced is what --force made happen that policy denies.
	Forced []forcedEntry `json:"forced"`
	Tags   []tagEntry    `json:"tags"`
}

// forcedEntry is an installation or a connection that policy denies,
// made anyway because of --force.
type forcedEntry struct {
	// What is "installation" or "connection".
	What string `json:"what"`
	// Subject is the snap installed or the connection made
	// ("SNAP:PLUG SNAP:SLOT").
	Subject string `json:"subject"`
	Reason  string `json:"reason"`
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
	fs.BoolVar(&opts.force, "force", false, "render snaps whose installation policy denies, and connect --plug connections it denies (said in the output)")
	fs.BoolVar(&opts.onCore, "core", false, "use the implicit slots and policy of Ubuntu Core instead of classic")
	fs.Var(&opts.decls, "declaration", "a snap declaration, or a base declaration replacing the built-in one (repeatable)")
	fs.StringVar(&opts.outDir, "out", "", "write DIR/apparmor/TAG and DIR/seccomp/TAG.src (and TAG.bin with --check)")
	fs.BoolVar(&opts.check, "check", false, "compile every profile with apparmor_parser and every policy with libseccomp")
	fs.BoolVar(&opts.asJSON, "json", false, "print a JSON summary instead of the policy text")
	fs.StringVar(&opts.abi, "abi", "", "render AppArmor profiles of ABI 3.0 (the default) or 4.0, with the rules only 4.0 has (userns, mqueue)")
	fs.StringVar(&opts.features, "features", "", "render for the AppArmor feature set of a features file or directory (/sys/kernel/security/apparmor/features): ABI 4.0 when it mediates user namespaces")
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
	host, err := opts.host()
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
	summary := &profileSummary{ABI: string(host.ABI()), Snaps: []string{}, Connections: []connectionEntry{}, Unconnected: []unconnectedPlug{}, Dropped: []droppedEntry{}, Forced: []forcedEntry{}, Tags: []tagEntry{}}
	if summary.Forced, err = checkInstallations(sys, base, snapDecls, psys, opts.force); err != nil {
		sys.reportDropped(stderr)
		return err
	}
	for _, d := range sys.dropped {
		summary.Dropped = append(summary.Dropped, droppedEntry{Snap: d.Snap, Side: d.Side, Name: d.Name, Interface: d.Interface, Reason: d.Reason})
	}

	for _, spec := range opts.plugs {
		forced, err := connectExplicit(sys, base, snapDecls, psys, spec, opts.force)
		if err != nil {
			return err
		}
		if forced != nil {
			summary.Forced = append(summary.Forced, *forced)
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
					reason := res.Reason
					if res.Installation != nil {
						reason += ": " + res.Installation.String()
					}
					summary.Unconnected = append(summary.Unconnected, unconnectedPlug{Plug: res.Plug.String(), Interface: res.Interface, Reason: reason})
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
		tags, err := renderSnap(sys, info.InstanceName(), host)
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
		checkErr = checkRendered(sys, all)
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
		for _, f := range summary.Forced {
			fmt.Fprintf(stdout, "# forced (--force): %s\n", f.Reason)
		}
		sys.reportDropped(stderr)
		for _, u := range summary.Unconnected {
			fmt.Fprintf(stderr, "not connected: plug %s (interface %q): %s\n", u.Plug, u.Interface, u.Reason)
		}
		for _, line := range written {
			fmt.Fprintln(stdout, line)
		}
		if opts.check && checkErr == nil {
			fmt.Fprintf(stdout, "checked: %d AppArmor profiles of ABI %s compile with apparmor_parser, %d seccomp policies with libseccomp\n", len(all), host.ABI(), len(all))
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

// checkInstallations decides the installation of each snap given: one
// that policy denies is not rendered, and the error says why, unless
// force is set; then what was forced is returned, to be said.
func checkInstallations(sys *system, base *policy.Declaration, snapDecls map[string]*policy.Declaration, psys policy.System, force bool) ([]forcedEntry, error) {
	forced := []forcedEntry{}
	for _, info := range sys.snaps {
		ic := &policy.InstallCandidate{Snap: info, SnapDeclaration: snapDecls[info.SuggestedName], BaseDeclaration: base, System: psys}
		d := ic.Check()
		if d.Allowed() {
			continue
		}
		if !force {
			return nil, fmt.Errorf("cannot render snap %q: %s (give it a snap declaration that allows it with --declaration, or use --force to render it anyway)\n    %s",
				info.InstanceName(), d, strings.Join(d.Explain(), "\n    "))
		}
		forced = append(forced, forcedEntry{What: "installation", Subject: info.InstanceName(), Reason: d.String()})
	}
	return forced, nil
}

// connectExplicit connects one --plug SNAP:PLUG[=SNAP:SLOT], to the
// system's slot of the plug's interface when no slot is named, after a
// manual-connection check; with force, a connection that policy denies
// is made anyway and returned, to be said.
func connectExplicit(sys *system, base *policy.Declaration, snapDecls map[string]*policy.Declaration, psys policy.System, spec string, force bool) (*forcedEntry, error) {
	plugPart, slotPart, hasSlot := strings.Cut(spec, "=")
	plugSnap, plugName, ok := strings.Cut(plugPart, ":")
	if !ok || plugSnap == "" || plugName == "" {
		return nil, fmt.Errorf("invalid --plug %q: want SNAP:PLUG or SNAP:PLUG=SNAP:SLOT", spec)
	}
	plug := sys.repo.Plug(plugSnap, plugName)
	if plug == nil {
		if d := sys.droppedAs("plug", plugSnap, plugName); d != nil {
			return nil, fmt.Errorf("cannot connect --plug %q: plug %s:%s (interface %q) was dropped when its snap was added: %s", spec, plugSnap, plugName, d.Interface, d.Reason)
		}
		return nil, fmt.Errorf("cannot connect --plug %q: snap %q has no plug %q", spec, plugSnap, plugName)
	}
	ref := interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: plugSnap, Name: plugName}}
	if hasSlot {
		slotSnap, slotName, ok := strings.Cut(slotPart, ":")
		if !ok || slotSnap == "" || slotName == "" {
			return nil, fmt.Errorf("invalid --plug %q: want SNAP:PLUG or SNAP:PLUG=SNAP:SLOT", spec)
		}
		ref.SlotRef = interfaces.SlotRef{Snap: slotSnap, Name: slotName}
		slot := sys.repo.Slot(slotSnap, slotName)
		switch d := sys.droppedAs("slot", slotSnap, slotName); {
		case d != nil:
			return nil, fmt.Errorf("cannot connect --plug %q: slot %s:%s (interface %q) was dropped when its snap was added: %s", spec, slotSnap, slotName, d.Interface, d.Reason)
		case slot == nil && sys.repo.Snap(slotSnap) == nil:
			return nil, fmt.Errorf("cannot connect --plug %q: no snap %q is given", spec, slotSnap)
		case slot == nil:
			return nil, fmt.Errorf("cannot connect --plug %q: snap %q has no slot %q%s", spec, slotSnap, slotName, sys.slotsOfInterface(plug.Interface))
		case slot.Interface != plug.Interface:
			// Not a matter of policy: --force would not connect them.
			return nil, fmt.Errorf("cannot connect --plug %q: plug interface %q does not match slot interface %q%s", spec, plug.Interface, slot.Interface, sys.slotsOfInterface(plug.Interface))
		}
	} else {
		slot := sys.systemSlot(plug)
		if slot == nil {
			return nil, fmt.Errorf("cannot connect --plug %q: the %s system has no %q slot%s", spec, sys.kind, plug.Interface, sys.slotsOfInterface(plug.Interface))
		}
		ref.SlotRef = interfaces.SlotRef{Snap: slot.Snap.InstanceName(), Name: slot.Name}
	}
	decision, err := policy.CheckManualConnection(sys.repo, base, snapDecls, psys, ref)
	if err != nil {
		return nil, err
	}
	var forced *forcedEntry
	if !decision.Allowed {
		if !force {
			return nil, fmt.Errorf("cannot connect %s: %v (use --force to connect anyway)", ref, decision.Err())
		}
		forced = &forcedEntry{What: "connection", Subject: ref.String(), Reason: decision.String()}
	}
	if _, err := sys.repo.Connect(ref, nil, nil); err != nil {
		return nil, err
	}
	return forced, nil
}

// renderSnap renders the AppArmor profile, for host, and seccomp policy
// of every app and hook of a snap.
func renderSnap(sys *system, instanceName string, host apparmor.Host) ([]*rendered, error) {
	info := sys.repo.Snap(instanceName)
	aaSpec, scSpec, err := sys.specs(instanceName)
	if err != nil {
		return nil, err
	}
	profiles, err := apparmor.RenderSnapProfiles(info, aaSpec, host)
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
		out[i] = &rendered{snap: instanceName, tag: profiles[i].Tag, apparmor: profiles[i], seccomp: policies[i]}
	}
	return out, nil
}

// checkRendered compiles every profile with apparmor_parser (in one
// batch) and every seccomp policy with libseccomp, keeping the filters.
// Every problem is reported, each naming its tag, line and interface,
// and the other end of the connection its rule came from. The parser
// run and each compile are bounded by their packages' default
// timeouts, and a timeout names the profiles.
func checkRendered(sys *system, all []*rendered) error {
	ctx := context.Background()
	var problems []string
	profiles := make([]*apparmor.Profile, len(all))
	for i, r := range all {
		profiles[i] = r.apparmor
	}
	if len(profiles) > 0 {
		if err := aaparser.Check(ctx, profiles...); err != nil {
			var perrs aaparser.ParseErrors
			if errors.As(err, &perrs) {
				for _, perr := range perrs {
					problems = append(problems, "apparmor: "+explainParseError(sys, all, perr))
				}
			} else {
				problems = append(problems, "apparmor: "+err.Error())
			}
		}
	}
	for _, r := range all {
		filter, err := compiler.Compile(ctx, r.seccomp.Text.String())
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

// explainParseError says what apparmor_parser refused: the profile, the
// line and the interface whose rules hold it, as the parse error does,
// and, when the rule came through a connection, its other end ("from
// slot provider:slot"): the snap whose attributes the rule holds.
func explainParseError(sys *system, all []*rendered, perr *aaparser.ParseError) string {
	if perr.Line == 0 || perr.Interface == "" {
		return perr.Error()
	}
	var sources []string
	for _, r := range all {
		if r.tag != perr.Tag {
			continue
		}
		if lines := r.apparmor.Lines(); perr.Line <= len(lines) {
			for _, src := range apparmor.RuleSources(sys.repo, r.snap, perr.Tag, perr.Interface, lines[perr.Line-1]) {
				sources = append(sources, src.Other)
			}
		}
		break
	}
	where := fmt.Sprintf("%s: line %d (interface %q", perr.Tag, perr.Line, perr.Interface)
	if len(sources) > 0 {
		where += ", from " + strings.Join(sources, ", ")
	}
	return where + "): " + perr.Msg
}
