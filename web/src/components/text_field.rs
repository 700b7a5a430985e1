//! A labelled text input with its hint and its error, wired for screen readers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The element id, also the API's field name, so a server error lands on the right field.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub maxlength: Option<AttrValue>,
    #[prop_or_default]
    pub narrow: bool,
    /// `text` unless given (`email`, `tel`, `time`…).
    #[prop_or_default]
    pub input_type: Option<AttrValue>,
    pub oninput: Callback<String>,
    pub onblur: Callback<()>,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = match &props.hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let oninput = props.oninput.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onblur = props.onblur.reform(|_: FocusEvent| ());
    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <span class="hint" id={hint_id}>{ hint.clone() }</span>
            }
            // Always in the page, so screen readers announce an error the moment it appears.
            <p class="field-error" id={error_id} aria-live="polite">{ props.error.clone().unwrap_or_default() }</p>
            <input
                id={props.id.clone()}
                name={props.id.clone()}
                type={props.input_type.clone().unwrap_or(AttrValue::Static("text"))}
                class={classes!(props.narrow.then_some("narrow"))}
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                inputmode={props.inputmode.clone()}
                maxlength={props.maxlength.clone()}
                aria-describedby={described_by}
                aria-invalid={if props.error.is_some() { "true" } else { "false" }}
                spellcheck="false"
                {oninput}
                {onblur}
            />
        </div>
    }
}
