// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package builtin is the catalogue of interfaces. Each interface lives
// in its own file and registers itself from init; the registry is
// read-only once the package is initialised.
package builtin

import (
	"fmt"
	"sort"

	"github.com/snapiface/snapiface/interfaces"
)

// registry is sorted by name; it is written only by init functions.
var registry []interfaces.Interface

// registerIface adds an interface to the catalogue. A bad or duplicate
// registration is a programming error in the catalogue itself, so it
// stops the program at init with a message naming the culprit.
func registerIface(iface interfaces.Interface) {
	name := iface.Name()
	if err := interfaces.ValidateName(name); err != nil {
		panic(fmt.Sprintf("cannot register interface: %v", err))
	}
	if iface.StaticInfo().Summary == "" {
		panic(fmt.Sprintf("cannot register interface %q: no summary", name))
	}
	i := sort.Search(len(registry), func(i int) bool { return registry[i].Name() >= name })
	if i < len(registry) && registry[i].Name() == name {
		panic(fmt.Sprintf("cannot register interface %q: already registered", name))
	}
	registry = append(registry, nil)
	copy(registry[i+1:], registry[i:])
	registry[i] = iface
}

// Interfaces returns every interface of the catalogue, sorted by name.
// The slice is a fresh copy.
func Interfaces() []interfaces.Interface {
	return append([]interfaces.Interface(nil), registry...)
}

// ByName returns the interface of the catalogue with the given name.
func ByName(name string) (interfaces.Interface, error) {
	i := sort.Search(len(registry), func(i int) bool { return registry[i].Name() >= name })
	if i < len(registry) && registry[i].Name() == name {
		return registry[i], nil
	}
	return nil, fmt.Errorf("unknown interface %q", name)
}

// NewRepository returns a repository that knows every interface of the
// catalogue.
func NewRepository() *interfaces.Repository {
	repo := interfaces.NewRepository()
	if err := repo.AddInterfaces(registry...); err != nil {
		// Names were validated and de-duplicated at registration.
		panic(fmt.Sprintf("internal error: %v", err))
	}
	return repo
}
