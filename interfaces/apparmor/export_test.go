// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"fmt"
	"strings"

	"github.com/snapiface/snapiface/snap"
)

// RenderByTemplate renders the profile of tag, its shape and the origin
// of each of its lines, by running the whole profile template with
// every value and finding the interfaces' blocks in its output, as the
// renderer does not (it fills holes and counts lines): the two must
// agree.
func RenderByTemplate(info *snap.Info, tag, command string, spec *Specification, host Host) (text, shape string, origins []string, err error) {
	if host, err = host.validate(); err != nil {
		return "", "", nil, err
	}
	data := profileData{
		Tag:          tag,
		SnapName:     info.SuggestedName,
		InstanceName: info.InstanceName(),
		CommandName:  command,
		Revision:     host.Revision,
		ProfileDBus:  DBusPathEscape(tag),
		InstallDir:   host.InstallDir,
		ABI:          host.ABI(),
		Confinement:  confinement(info),
	}
	if data.Confinement != snap.ClassicConfinement && spec != nil {
		data.Interfaces = groupSnippets(spec.SnippetsOn(tag, host))
		data.DenyPtraceTrace = spec.DeniesPtraceTrace(tag)
	}
	execute := func(d *profileData) (string, error) {
		header, err := d.executeHeader()
		if err != nil {
			return "", err
		}
		body, err := d.executeBody()
		return header + body, err
	}
	if text, err = execute(&data); err != nil {
		return "", "", nil, err
	}
	if origins, err = data.origins(text); err != nil {
		return "", "", nil, err
	}
	data.Tag, data.CommandName, data.ProfileDBus = "", "", ""
	shape, err = execute(&data)
	return text, shape, origins, err
}

// origins attributes each line of the rendered text to the interface
// that added it, checking that the interface rules sit where the
// template puts them: just before the ptrace denial and the closing
// brace. The text may be a shape: it has as many lines.
func (d *profileData) origins(text string) ([]string, error) {
	end := len(text) - len("\n}\n")
	if end < 0 || text[end:] != "\n}\n" {
		return nil, fmt.Errorf("profile does not end with a closing brace")
	}
	denial := d.PtraceDenial()
	for i := len(denial) - 1; i >= 0; i-- {
		if end -= len(denial[i]) + 1; end < 0 || text[end] != '\n' || text[end+1:end+1+len(denial[i])] != denial[i] {
			return nil, fmt.Errorf("ptrace denial is not where the template puts it")
		}
	}
	rules := 0
	for i := len(d.Interfaces) - 1; i >= 0; i-- {
		r := &d.Interfaces[i]
		var ok bool
		if end, ok = r.endsWith(text, end); !ok {
			return nil, fmt.Errorf("rules of interface %q are not where the template puts them", r.Interface)
		}
		rules += r.lines
	}
	// Lines, as Lines counts them: the text ends with a newline.
	lines := strings.Count(text, "\n")
	head := lines - rules - len(denial) - 1
	origins := make([]string, lines)
	for _, r := range d.Interfaces {
		for i := 0; i < r.lines; i++ {
			origins[head+i] = r.Interface
		}
		head += r.lines
	}
	return origins, nil
}

// endsWith says whether text[:end] ends with Block, and returns where
// it starts.
func (r *interfaceRules) endsWith(text string, end int) (int, bool) {
	for i := len(r.parts) - 1; i >= 0; i-- {
		part := r.parts[i]
		if end -= len(part); end < 0 || text[end:end+len(part)] != part {
			return 0, false
		}
	}
	return end, true
}
