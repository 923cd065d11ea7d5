// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/snap"
)

// DefaultInstallDir is where snaps are mounted unless Host says otherwise.
const DefaultInstallDir = "/snap"

// Host is what rendering needs to know of the system and of the
// installed revision. It is passed in, never probed, so that the same
// snaps and connections always give the same bytes.
type Host struct {
	// InstallDir is where snaps are mounted: DefaultInstallDir when
	// empty; some distributions use /var/lib/snapd/snap.
	InstallDir string
	// Revision is the revision of the snap being confined: a store
	// revision ("42") or a local one ("x1"). Its data directories are
	// named after it.
	Revision string
}

var (
	validRevision   = regexp.MustCompile(`^x?[1-9][0-9]*$`)
	validInstallDir = regexp.MustCompile(`^(/[a-zA-Z0-9._-]+)+$`)
)

// validate checks the host facts and fills in defaults. Both end up
// quoted in AppArmor variables, so they are held to a plain shape.
func (host Host) validate() (Host, error) {
	if host.InstallDir == "" {
		host.InstallDir = DefaultInstallDir
	}
	if !validInstallDir.MatchString(host.InstallDir) || path.Clean(host.InstallDir) != host.InstallDir {
		return host, fmt.Errorf("invalid install directory %q: want a clean absolute path of letters, digits, '.', '_' and '-'", host.InstallDir)
	}
	if !validRevision.MatchString(host.Revision) {
		return host, fmt.Errorf("invalid revision %q: want a number, or x and a number for a local install", host.Revision)
	}
	return host, nil
}

// Profile is the rendered AppArmor profile of one security tag.
type Profile struct {
	// Tag is the security tag, which is also the profile name.
	Tag string
	// Text is the whole profile, ending in a newline.
	Text string
	// Origins holds, for each line of Text (0-based), the interface
	// that added it, or "" for lines of the template and base policy.
	Origins []string
	// Shape is Text without what names the app or hook (tag, app or
	// hook name, D-Bus path element), or "" when unknown. Profiles of
	// the same shape differ only in those names, validated identifiers
	// that cannot change whether a profile compiles, so a check need
	// compile only one of them: the apps of a snap often share a shape.
	Shape string
}

// Origin returns the interface that added the given line (1-based, as
// apparmor_parser counts), or "" for a line of the template or a line
// out of range.
func (p *Profile) Origin(line int) string {
	if line < 1 || line > len(p.Origins) {
		return ""
	}
	return p.Origins[line-1]
}

// Lines returns the lines of Text, without their newlines; Origins has
// one entry per line.
func (p *Profile) Lines() []string {
	return strings.Split(strings.TrimSuffix(p.Text, "\n"), "\n")
}

// RenderProfile renders the profile of tag, which must name an app or a
// hook of info, from the rules spec holds for it. Strict snaps get the
// base policy and their interfaces' rules, devmode snaps the same in
// complain mode, and classic snaps a profile that allows everything.
func RenderProfile(info *snap.Info, tag string, spec *Specification, host Host) (*Profile, error) {
	host, err := host.validate()
	if err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: %w", tag, err)
	}
	command, ok := commandName(info, tag)
	if !ok {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: snap %q has no app or hook with that security tag", tag, info.InstanceName())
	}
	return render(info, tag, command, spec, host)
}

// RenderSnapProfiles renders the profile of every app and hook of info,
// sorted by tag.
func RenderSnapProfiles(info *snap.Info, spec *Specification, host Host) ([]*Profile, error) {
	host, err := host.validate()
	if err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profiles of snap %q: %w", info.InstanceName(), err)
	}
	type entry struct{ tag, command string }
	entries := make([]entry, 0, len(info.Apps)+len(info.Hooks))
	for _, app := range info.Apps {
		entries = append(entries, entry{app.SecurityTag(), app.Name})
	}
	for _, hook := range info.Hooks {
		entries = append(entries, entry{hook.SecurityTag(), hook.Name})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].tag < entries[j].tag })
	profiles := make([]*Profile, 0, len(entries))
	for _, e := range entries {
		p, err := render(info, e.tag, e.command, spec, host)
		if err != nil {
			return nil, err
		}
		profiles = append(profiles, p)
	}
	return profiles, nil
}

// commandName returns the app or hook name whose security tag is tag.
func commandName(info *snap.Info, tag string) (string, bool) {
	for _, app := range info.Apps {
		if app.SecurityTag() == tag {
			return app.Name, true
		}
	}
	for _, hook := range info.Hooks {
		if hook.SecurityTag() == tag {
			return hook.Name, true
		}
	}
	return "", false
}

func render(info *snap.Info, tag, command string, spec *Specification, host Host) (*Profile, error) {
	// The names end up quoted in the profile: a snap.Info made by hand
	// must not smuggle in rules.
	if err := snap.ValidateInstanceName(info.InstanceName()); err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: %w", tag, err)
	}
	if err := snap.ValidateAppName(command); err != nil {
		return nil, fmt.Errorf("cannot render AppArmor profile %q: %w", tag, err)
	}
	data := profileData{
		Tag:          tag,
		SnapName:     info.SuggestedName,
		InstanceName: info.InstanceName(),
		CommandName:  command,
		Revision:     host.Revision,
		ProfileDBus:  DBusPathEscape(tag),
		InstallDir:   host.InstallDir,
		Confinement:  confinement(info),
	}
	// A classic profile allows everything: interface rules could only
	// take away from that (a silencing deny, the ptrace suppression),
	// which classic confinement promises not to do.
	if data.Confinement != snap.ClassicConfinement && spec != nil {
		data.Interfaces = groupSnippets(spec, tag)
		data.DenyPtraceTrace = spec.DeniesPtraceTrace(tag)
	}
	text, err := data.execute()
	if err != nil {
		return nil, fmt.Errorf("internal error: cannot render AppArmor profile %q: %v", tag, err)
	}
	p := &Profile{Tag: tag, Text: text}
	if p.Origins, err = data.origins(p.Lines()); err != nil {
		return nil, fmt.Errorf("internal error: cannot render AppArmor profile %q: %v", tag, err)
	}
	shape := data
	shape.Tag, shape.CommandName, shape.ProfileDBus = "", "", ""
	if p.Shape, err = shape.execute(); err != nil {
		return nil, fmt.Errorf("internal error: cannot render AppArmor profile %q: %v", tag, err)
	}
	return p, nil
}

func confinement(info *snap.Info) snap.ConfinementType {
	if info.Confinement == "" {
		return snap.StrictConfinement
	}
	return info.Confinement
}

// groupSnippets returns the rules of a tag, in the specification's order
// (by interface, then text), grouped by interface and split in lines.
func groupSnippets(spec *Specification, tag string) []interfaceRules {
	var groups []interfaceRules
	for _, snippet := range spec.snippets.Snippets(tag) {
		if len(groups) == 0 || groups[len(groups)-1].Interface != snippet.Interface {
			groups = append(groups, interfaceRules{Interface: snippet.Interface})
		}
		g := &groups[len(groups)-1]
		g.Snippets = append(g.Snippets, strings.Split(snippet.Text, "\n"))
	}
	return groups
}

// DBusPathEscape escapes a security tag for use in a D-Bus object path,
// whose elements allow only ASCII letters, digits and '_': letters and
// digits stay, every other byte becomes '_' and its two lowercase hex
// digits ("snap.foo-bar.app" gives "snap_2efoo_2dbar_2eapp"). Profiles
// define it as @{PROFILE_DBUS}, for rules that name per-app objects.
func DBusPathEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "_%02x", c)
	}
	return b.String()
}
