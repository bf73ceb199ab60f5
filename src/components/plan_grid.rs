use leptos::prelude::*;

use crate::components::when::When;
use crate::domain::analysis;
use crate::domain::content::plan_view;
use crate::state::{PlanContext, memo};

/// The picture of the method: competencies down the side, mentors across the top. The
/// table is drawn again only when something in it changed; its width follows the number of
/// mentors (`--mentors`, which keeps the columns from being measured as the person types).
#[component]
pub fn PlanGrid() -> impl IntoView {
    let context = PlanContext::expect_context();
    let grid = memo(move || context.with(analysis::grid));
    let table = memo(move || grid.with(analysis::Grid::table));
    view! {
        <When
            when=move || grid.with(|grid| !grid.rows.is_empty())
            fallback=|| view! { <p class="empty">{plan_view::EMPTY_GRID}</p> }
        >
            <p class="hint" id="grid-caption">{plan_view::GRID_CAPTION}</p>
            <div
                class="grid-scroll"
                role="region"
                aria-label=plan_view::GRID_SCROLL_LABEL
                tabindex="0"
                style:--mentors=move || grid.with(|grid| grid.mentors.len()).to_string()
                inner_html=move || table.get()
            ></div>
        </When>
    }
}
