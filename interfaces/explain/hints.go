// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package explain

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/auditlog"
	"github.com/snapiface/snapiface/snap"
)

// attrs is the attributes of a plug or a slot, as snap.yaml gives them.
type attrs = map[string]interface{}

// hint gives the attributes with which an interface may allow an
// access: none when the access says nothing of them.
type hint func(a aare.Access) []variant

// hints are the interfaces whose plug or slot needs attributes that a
// denial can supply; the sanitizers decide whether they are valid.
var hints = map[string]hint{
	"personal-files": func(a aare.Access) []variant {
		path, write, ok := fileOf(a)
		if !ok {
			return nil
		}
		rest, ok := homeRelative(path)
		if !ok {
			return nil
		}
		return []variant{{plugAttrs: pathAttrs("$HOME/"+rest, write)}}
	},
	"system-files": func(a aare.Access) []variant {
		path, write, ok := fileOf(a)
		if !ok {
			return nil
		}
		if _, home := homeRelative(path); home {
			return nil
		}
		return []variant{{plugAttrs: pathAttrs(path, write)}}
	},
	"serial-port": deviceSlot, "i2c": deviceSlot, "spi": deviceSlot, "hidraw": deviceSlot,
	"iio": deviceSlot, "uio": deviceSlot, "raw-volume": deviceSlot,
	"gpio": func(a aare.Access) []variant {
		path, _, ok := fileOf(a)
		if !ok {
			return nil
		}
		m := gpioPath.FindStringSubmatch(path)
		if m == nil {
			return nil
		}
		n, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return nil
		}
		return []variant{{providerType: snap.TypeGadget, slotAttrs: attrs{"number": n}}}
	},
	"dbus": func(a aare.Access) []variant {
		if a.Class != aare.ClassDBus || (a.Perm != "send" && a.Perm != "receive") || a.Name == "" || strings.HasPrefix(a.Name, ":") {
			return nil
		}
		return []variant{{plugAttrs: attrs{"bus": a.Bus, "name": a.Name}, slotAttrs: attrs{"bus": a.Bus, "name": a.Name}}}
	},
}

// gpioPath is a pin's sysfs directory: AppArmor names the target of
// the /sys/class/gpio/gpioN link, under its controller in
// /sys/devices.
var gpioPath = regexp.MustCompile(`^/sys/(?:class/gpio|devices/.+/gpio)/gpio([0-9]{1,4})(/|$)`)

// deviceSlot gives a gadget's slot of the device node an access opens.
func deviceSlot(a aare.Access) []variant {
	path, _, ok := fileOf(a)
	if !ok || !strings.HasPrefix(path, "/dev/") {
		return nil
	}
	return []variant{{providerType: snap.TypeGadget, slotAttrs: attrs{"path": path}}}
}

// fileOf returns the path of a file or exec access, and whether it
// writes.
func fileOf(a aare.Access) (path string, write, ok bool) {
	switch a.Class {
	case aare.ClassFile:
		return a.Path, a.Mode&(aare.ModeWrite|aare.ModeAppend|aare.ModeLink|aare.ModeLock) != 0, true
	case aare.ClassExec:
		return a.Path, false, true
	}
	return "", false, false
}

var homeDir = regexp.MustCompile(`^(/home/[^/]+|/root)/(.+)$`)

// homeRelative returns a path under a home directory relative to it.
func homeRelative(path string) (string, bool) {
	m := homeDir.FindStringSubmatch(path)
	if m == nil {
		return "", false
	}
	return strings.TrimSuffix(m[2], "/"), true
}

func pathAttrs(path string, write bool) attrs {
	if write {
		return attrs{"write": []interface{}{path}}
	}
	return attrs{"read": []interface{}{path}}
}

// variants returns the ways to connect iface that may allow what the
// record asks: to the system's slot when the system has one, to a
// provider snap named after a snap the denial names as its peer (or a
// sample provider when the system has no slot), each without
// attributes and with those the denial supplies.
func (e *Explainer) variants(subj subject, iface interfaces.Interface, rec *auditlog.Record) []variant {
	name := iface.Name()
	withAttrs := []variant{{}}
	if h := hints[name]; h != nil {
		seen := map[string]bool{}
		for _, a := range rec.Accesses {
			for _, v := range h(a) {
				if k := v.key(); !seen[k] {
					seen[k] = true
					withAttrs = append(withAttrs, v)
				}
			}
		}
	}
	var providers []string
	if e.systemSlots[name] {
		providers = append(providers, "")
	}
	if peer := snapPeer(rec, subj); peer != "" {
		providers = append(providers, peer)
	} else if !e.systemSlots[name] {
		providers = append(providers, sampleProvider)
	}
	var out []variant
	for _, p := range providers {
		for _, v := range withAttrs {
			if p == "" && v.providerType != "" {
				// A gadget's slot: never the system's.
				continue
			}
			v.provider = p
			out = append(out, v)
		}
	}
	return out
}

// snapPeer returns the label of the snap app an access names as its
// peer, when it is another snap's.
func snapPeer(rec *auditlog.Record, subj subject) string {
	for _, a := range rec.Accesses {
		tag, ok := auditlog.ParseTag(a.Peer)
		if ok && tag.Snap != subj.instance && tag.App != "" {
			return a.Peer
		}
	}
	return ""
}
