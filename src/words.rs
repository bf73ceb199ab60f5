//! How the catalogue's texts (`content::Tr`) go into views: as text, and as attribute values,
//! in the language spoken when the view is built. A view holds the `Tr` itself, as it would a
//! `&'static str`, and looks up its words once, here: writing `{text::HEADING}` rather than
//! `{text::HEADING.get()}` at each of hundreds of places keeps the wasm smaller.

use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::{Attribute, AttributeValue};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::Element;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState, Render, RenderHtml};

use leptos::prelude::Signal;

use crate::domain::content::Tr;

/// A field's label, which may also be a name worked out as the field is drawn.
impl From<Tr> for Signal<String> {
    fn from(text: Tr) -> Self {
        Signal::from(text.get())
    }
}

impl Render for Tr {
    type State = <&'static str as Render>::State;

    fn build(self) -> Self::State {
        Render::build(self.get())
    }

    fn rebuild(self, state: &mut Self::State) {
        Render::rebuild(self.get(), state);
    }
}

impl AddAnyAttr for Tr {
    type Output<SomeNewAttr: Attribute> = Tr;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}

impl RenderHtml for Tr {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn html_len(&self) -> usize {
        self.get().len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        RenderHtml::to_html_with_buf(
            self.get(),
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        RenderHtml::hydrate::<FROM_SERVER>(self.get(), cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

impl AttributeValue for Tr {
    type AsyncOutput = Self;
    type State = <&'static str as AttributeValue>::State;
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        self.get().len()
    }

    fn to_html(self, key: &str, buf: &mut String) {
        AttributeValue::to_html(self.get(), key, buf);
    }

    fn to_template(_key: &str, _buf: &mut String) {}

    fn hydrate<const FROM_SERVER: bool>(self, key: &str, el: &Element) -> Self::State {
        AttributeValue::hydrate::<FROM_SERVER>(self.get(), key, el)
    }

    fn build(self, el: &Element, key: &str) -> Self::State {
        AttributeValue::build(self.get(), el, key)
    }

    fn rebuild(self, key: &str, state: &mut Self::State) {
        AttributeValue::rebuild(self.get(), key, state);
    }

    fn into_cloneable(self) -> Self::Cloneable {
        self
    }

    fn into_cloneable_owned(self) -> Self::CloneableOwned {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }
}
