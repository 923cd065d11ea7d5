// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import "github.com/snapiface/snapiface/snap"

// RenderByTemplate renders the profile of tag, and its shape, by running
// the whole profile template with every value, as the renderer does
// not (it fills holes): the two must agree.
func RenderByTemplate(info *snap.Info, tag, command string, spec *Specification, host Host) (text, shape string, err error) {
	if host, err = host.validate(); err != nil {
		return "", "", err
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
	if data.Confinement != snap.ClassicConfinement && spec != nil {
		data.Interfaces = groupSnippets(spec.snippets.Snippets(tag))
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
		return "", "", err
	}
	data.Tag, data.CommandName, data.ProfileDBus = "", "", ""
	shape, err = execute(&data)
	return text, shape, err
}
