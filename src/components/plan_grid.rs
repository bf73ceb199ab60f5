use leptos::prelude::*;

use crate::components::when::When;
use crate::domain::analysis;
use crate::domain::content::plan_view;
use crate::state::{PlanContext, memo};

/// The picture of the method: competencies down the side, mentors across the top. The
/// headings and the rows are each drawn again only when they changed. The table's width
/// follows the number of mentors (`--mentors`), and each column's the width its heading is
/// given, so that typing never has it measured again.
#[component]
pub fn PlanGrid() -> impl IntoView {
    let context = PlanContext::expect_context();
    let grid = memo(move || context.with(analysis::grid));
    let headings = memo(move || grid.with(|grid| analysis::grid_headings(&grid.mentors)));
    let body = memo(move || grid.with(|grid| analysis::grid_rows(&grid.rows)));
    view! {
        <When
            when=move || grid.with(|grid| !grid.rows.is_empty())
            fallback=|| view! { <p class="empty">{plan_view::EMPTY_GRID.get()}</p> }
        >
            <p class="hint" id="grid-caption">{plan_view::GRID_CAPTION.get()}</p>
            <div class="grid-scroll" role="region" aria-label=plan_view::GRID_SCROLL_LABEL.get() tabindex="0">
                <table class="plan-grid" aria-describedby="grid-caption">
                    <thead inner_html=move || headings.get()></thead>
                    <tbody inner_html=move || body.get()></tbody>
                </table>
            </div>
        </When>
    }
}
