use leptos::prelude::*;

use crate::components::when::When;
use crate::domain::analysis::{self, GridRow};
use crate::domain::content::plan_view;
use crate::domain::plan::Id;
use crate::state::{PlanContext, memo};

/// The picture of the method: competencies down the side, mentors across the top.
/// It redraws only the rows and headings whose content changed.
#[component]
pub fn PlanGrid() -> impl IntoView {
    let context = PlanContext::expect_context();
    let grid = memo(move || context.with(analysis::grid));
    let headings = memo(move || grid.with(|grid| grid.mentors.clone()));
    let rows = memo(move || grid.with(|grid| grid.rows.clone()));
    view! {
        <When
            when=move || rows.with(|rows| !rows.is_empty())
            fallback=|| view! { <p class="empty">{plan_view::EMPTY_GRID}</p> }
        >
            <p class="hint" id="grid-caption">{plan_view::GRID_CAPTION}</p>
            <div class="grid-scroll" role="region" aria-label=plan_view::GRID_SCROLL_LABEL tabindex="0">
                <table
                    class="plan-grid"
                    aria-describedby="grid-caption"
                    style:--mentors=move || headings.with(Vec::len).to_string()
                >
                    <colgroup>
                        <col class="plan-grid__competency-col" />
                        <col class="plan-grid__mentor-col" span=move || headings.with(Vec::len).max(1) />
                        <col class="plan-grid__count-col" />
                    </colgroup>
                    <thead>
                        <tr>
                            <th scope="col">{plan_view::COMPETENCY_COLUMN}</th>
                            <For each=move || headings.get() key=|heading: &(Id, String)| heading.clone() let:heading>
                                <th scope="col" dir="auto">{heading.1}</th>
                            </For>
                            <th scope="col">{plan_view::MENTOR_COUNT_COLUMN}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|row: &GridRow| row.clone() let:row>
                            <GridRowView row />
                        </For>
                    </tbody>
                </table>
            </div>
        </When>
    }
}

#[component]
fn GridRowView(row: GridRow) -> impl IntoView {
    let count = row.mentor_count();
    view! {
        <tr class:gap=count == 0>
            <th scope="row">
                <bdi>{row.name}</bdi>
                <span class="priority">{plan_view::priority(row.priority)}</span>
            </th>
            {row
                .answered
                .into_iter()
                .map(|answered| {
                    view! {
                        <td class:answered=answered>
                            {answered
                                .then(|| {
                                    view! {
                                        <span aria-hidden="true">"●"</span>
                                        <span class="visually-hidden">{plan_view::ANSWERS}</span>
                                    }
                                })}
                        </td>
                    }
                })
                .collect_view()}
            <td class="plan-grid__count">{count}</td>
        </tr>
    }
}
